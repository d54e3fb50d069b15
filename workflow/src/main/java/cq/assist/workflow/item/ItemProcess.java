package cq.assist.workflow.item;

import cq.assist.core.itemcase.Step;
import java.util.Map;

/** Keys, element ids, messages and variable names of the item processes. */
public final class ItemProcess {

    /** Process key of every item but 低保/特困: department review and decision. */
    public static final String KEY_ITEM = "itemCase";
    /** Process key of 低保 and 特困: home visit, street review, public notice, district decision. */
    public static final String KEY_DIBAO = "dibaoCase";

    /** Variable: the item case id (also the business key). */
    public static final String VAR_CASE_ID = "caseId";
    /** Variable: the application id. */
    public static final String VAR_APPLICATION_ID = "applicationId";
    /** Variable: true for a process started on its own (a joint item), not by the application's call activity. */
    public static final String VAR_STANDALONE = "standalone";
    /** Variable (routing flag) set when a task completes: APPROVE, REJECT or RETURN. */
    public static final String VAR_DECISION = "decision";

    public static final String HOME_VISIT = "homeVisit";
    public static final String STREET_REVIEW = "streetReview";
    public static final String PUBLIC_NOTICE = "publicNotice";
    public static final String DISTRICT_DECISION = "districtDecision";
    public static final String DEPARTMENT_REVIEW = "departmentReview";
    /** Interrupting timer on the public notice (7 days). */
    public static final String PUBLIC_NOTICE_OVER = "publicNoticeOver";
    /** Message that interrupts the public notice and reopens the investigation. */
    public static final String MESSAGE_OBJECTION = "objectionRaised";

    private static final Map<String, Step> STEPS = Map.of(
            HOME_VISIT, Step.HOME_VISIT,
            STREET_REVIEW, Step.STREET_REVIEW,
            PUBLIC_NOTICE, Step.PUBLIC_NOTICE,
            DISTRICT_DECISION, Step.DISTRICT_DECISION,
            DEPARTMENT_REVIEW, Step.DEPARTMENT_REVIEW);

    private ItemProcess() {}

    /** The case step of a user task or the notice; null for another element. */
    public static Step stepOf(String activityId) {
        return STEPS.get(activityId);
    }

    /** The BPMN element id of a step (the inverse of {@link #stepOf}). */
    public static String taskKeyOf(Step step) {
        return STEPS.entrySet().stream()
                .filter(e -> e.getValue() == step)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow();
    }

    /** The process that handles an item. */
    /**
     * The process key for a case: a payment follow-up is a department review whatever its item (itemCase),
     * any other case as {@link #keyFor(String)}.
     */
    public static String keyFor(cq.assist.core.itemcase.ItemCaseRow row) {
        return cq.assist.core.itemcase.CaseOrigin.PAYMENT.name().equals(row.origin())
                ? KEY_ITEM
                : keyFor(row.itemCode());
    }

    public static String keyFor(String itemCode) {
        return "DIBAO".equals(itemCode) || "TEKUN".equals(itemCode) ? KEY_DIBAO : KEY_ITEM;
    }
}
