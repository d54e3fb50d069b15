package cq.assist.core.itemcase;

import cq.assist.core.common.DomainException;
import cq.assist.core.common.ProblemKind;
import cq.assist.core.login.Roles;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * Who may decide what at each step. The home visit belongs to the community worker; the street review
 * to the street reviewer, who never sets an amount; the district decision to the district approver,
 * who must set the amount when approving an item that pays cash; a department review to that
 * department's reviewer (or the district civil-affairs approver for civil-affairs items).
 */
public final class StepPolicy {

    private StepPolicy() {}

    /**
     * Checks a decision; throws VALIDATION naming {@code reason} or {@code amount}, or FORBIDDEN.
     *
     * @param paysCash the item carries an amount when granted
     */
    public static void check(
            Step step, Decision decision, String reason, BigDecimal amount, boolean paysCash, Staff staff) {
        if (decision != Decision.APPROVE && (reason == null || reason.isBlank())) {
            throw DomainException.invalid(
                    List.of(new DomainException.FieldError("reason", "itemcase.reason.required")));
        }
        if (roles(step).stream().noneMatch(staff::has)) {
            throw new DomainException(ProblemKind.FORBIDDEN, "itemcase.decision.roleNotAllowed");
        }
        boolean decidingStep = step == Step.DISTRICT_DECISION || step == Step.DEPARTMENT_REVIEW;
        if (amount != null && (!decidingStep || decision != Decision.APPROVE || !paysCash)) {
            throw new DomainException(ProblemKind.FORBIDDEN, "itemcase.decision.amountNotAllowed");
        }
        if (decidingStep && decision == Decision.APPROVE && paysCash && (amount == null || amount.signum() <= 0)) {
            throw DomainException.invalid(
                    List.of(new DomainException.FieldError("amount", "itemcase.amount.required")));
        }
    }

    /** The roles that act at a step. */
    public static Set<String> roles(Step step) {
        return switch (step) {
            case HOME_VISIT -> Set.of(Roles.COMMUNITY_WORKER);
            case STREET_REVIEW -> Set.of(Roles.STREET_REVIEWER);
            case DISTRICT_DECISION -> Set.of(Roles.DISTRICT_APPROVER);
            case DEPARTMENT_REVIEW -> Set.of(Roles.DEPARTMENT_REVIEWER, Roles.DISTRICT_APPROVER);
            case PUBLIC_NOTICE -> Set.of();
        };
    }
}
