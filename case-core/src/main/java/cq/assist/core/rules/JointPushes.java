package cq.assist.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Which items follow when an item is granted (联动推送). Pure. */
public final class JointPushes {

    private JointPushes() {}

    /**
     * The items to push or grant when {@code granted} has been granted to the household: after 低保/特困 the
     * joint items whose condition holds (housing difficulty, medical expenses, a student, an unemployed
     * member of working age, a legal matter) plus the five apply-free items; after 低保边缘 or 刚性支出 the
     * narrow set (medical aid, education aid when their condition holds, the medical-insurance premium);
     * nothing after any other item. Never an item in {@code heldOrPending} nor {@code granted} itself.
     *
     * @param household the household snapshot; must not be null
     * @param parameters the parameters in force on the grant date for the household's region
     * @param granted the item just granted
     * @param heldOrPending items the household holds or has pending; may be empty
     * @return the items that follow, in catalog order
     */
    public static List<ItemCode> follow(
            HouseholdSnapshot household, ParameterSet parameters, ItemCode granted, Set<ItemCode> heldOrPending) {
        boolean full = granted == ItemCode.DIBAO || granted == ItemCode.TEKUN;
        boolean narrow = granted == ItemCode.DIBAO_EDGE || granted == ItemCode.RIGID_EXPENSE;
        if (!full && !narrow) {
            return List.of();
        }
        HouseholdView view = new HouseholdView(household, parameters);
        List<ItemCode> follow = new ArrayList<>();
        for (ItemCode code : ItemCode.values()) {
            if (!(code.joint() || code.applyFree())
                    || code == granted
                    || heldOrPending.contains(code)
                    || (narrow && !JointRules.NARROW.contains(code))) {
                continue;
            }
            if (JointRules.condition(view, code, new DecisionBuilder(code, parameters))) {
                follow.add(code);
            }
        }
        return List.copyOf(follow);
    }
}
