package cq.assist.core.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * 孤儿及事实无人抚养儿童: a minor whose parents have both died is eligible; a minor with no parent able
 * to care for them in the household (absent, severely disabled, unable) needs review.
 */
final class ChildSupportRule {

    private ChildSupportRule() {}

    static ItemDecision decide(HouseholdView view) {
        DecisionBuilder b = new DecisionBuilder(ItemCode.CHILD_SUPPORT, view.parameters);
        int adult = b.useInt(ParamKey.ADULT_AGE);
        String adultText = Integer.toString(adult);
        BigDecimal standard = b.use(ParamKey.CHILD_SUPPORT_STANDARD);
        int orphans = 0;
        boolean anyMinor = false;
        boolean anyReview = false;
        for (Member child : view.living) {
            if (view.age(child) < adult) {
                anyMinor = true;
                Care care = care(view, child);
                b.pass(Reason.of(care.reason, child.displayName(), adultText));
                orphans += care == Care.ORPHAN ? 1 : 0;
                anyReview |= care == Care.NONE_ABLE;
            }
        }
        if (!anyMinor) {
            return b.fail(Reason.of(ReasonKey.CHILD_NONE, adultText)).build();
        }
        if (orphans > 0) {
            BigDecimal total = standard.multiply(BigDecimal.valueOf(orphans));
            return b.amount(total)
                    .pass(Reason.of(ReasonKey.SUBSIDY_TOTAL, Texts.money(total)))
                    .build();
        }
        if (anyReview) {
            return b.unknown(Reason.of(ReasonKey.CHILD_NEEDS_CHECK)).build();
        }
        return b.fail(Reason.of(ReasonKey.CHILD_NOT_UNSUPPORTED)).build();
    }

    /** Who cares for a child, with the reason that says so. */
    private enum Care {
        PARENT(ReasonKey.CHILD_HAS_PARENT),
        ORPHAN(ReasonKey.CHILD_ORPHAN),
        NONE_ABLE(ReasonKey.CHILD_UNSUPPORTED);

        private final ReasonKey reason;

        Care(ReasonKey reason) {
            this.reason = reason;
        }
    }

    private static Care care(HouseholdView view, Member child) {
        List<Member> parents = parentsOf(view, child);
        if (hasAbleParent(parents)) {
            return Care.PARENT;
        }
        return parents.size() >= 2 && allDeceased(parents) ? Care.ORPHAN : Care.NONE_ABLE;
    }

    /** The child's parents among the members, from the relations to the applicant. */
    private static List<Member> parentsOf(HouseholdView view, Member child) {
        List<Member> parents = new ArrayList<>(2);
        for (Member member : view.members) {
            boolean parent =
                    switch (child.relation()) {
                        case CHILD -> member.relation() == Relation.SELF || member.relation() == Relation.SPOUSE;
                        case SELF -> member.relation() == Relation.PARENT;
                        case GRANDCHILD -> member.relation() == Relation.CHILD;
                        default -> false;
                    };
            if (parent) {
                parents.add(member);
            }
        }
        return parents;
    }

    private static boolean hasAbleParent(List<Member> parents) {
        for (Member parent : parents) {
            int grade = HouseholdView.certifiedGrade(parent);
            boolean severe = grade == 1 || grade == 2;
            if (parent.alive() && !severe && parent.employment() != Employment.UNABLE) {
                return true;
            }
        }
        return false;
    }

    private static boolean allDeceased(List<Member> parents) {
        for (Member parent : parents) {
            if (parent.alive()) {
                return false;
            }
        }
        return true;
    }
}
