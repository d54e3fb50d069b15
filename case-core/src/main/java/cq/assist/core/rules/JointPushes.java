package cq.assist.core.rules;

import java.util.List;
import java.util.Set;

/** Which items follow when an item is granted (联动推送). Pure. */
public final class JointPushes {

    private JointPushes() {}

    /**
     * The items to push or grant when {@code granted} has been granted to the household: after 低保/特困 the
     * joint items whose condition holds plus the five apply-free items; after near-低保 or rigid
     * expenditure a narrower set; nothing after any other item. Never an item in {@code heldOrPending}
     * nor {@code granted} itself.
     *
     * @param household the household snapshot
     * @param parameters the parameters in force (area cap, working age)
     * @param granted the item just granted
     * @param heldOrPending items the household holds or has pending
     * @return the items that follow, in catalog order
     */
    public static List<ItemCode> follow(
            HouseholdSnapshot household, ParameterSet parameters, ItemCode granted, Set<ItemCode> heldOrPending) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
