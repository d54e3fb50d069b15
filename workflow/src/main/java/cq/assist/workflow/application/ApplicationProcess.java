package cq.assist.workflow.application;

/** Keys, element ids and variable names of the application process. */
public final class ApplicationProcess {

    /** Process definition key; the business key of an instance is the application id. */
    public static final String KEY = "application";

    /** Variable: the application id. */
    public static final String VAR_APPLICATION_ID = "applicationId";
    /** Variable (routing flag): true while other members still have to co-sign. */
    public static final String VAR_WAIT_FOR_AUTHORIZATIONS = "waitForAuthorizations";

    /** Receive task: waits until the last co-signer has signed. */
    public static final String WAIT_FOR_AUTHORIZATIONS = "waitForAuthorizations";
    /** Non-interrupting timer on the wait: reminder due. */
    public static final String REMINDER_TIMER = "authorizationReminderDue";
    /** Interrupting timer on the wait: co-signing deadline passed. */
    public static final String DEADLINE_TIMER = "authorizationDeadlinePassed";
    /** Service task: the status becomes CHECKING. */
    public static final String BEGIN_ECONOMIC_CHECK = "beginEconomicCheck";
    /** Async service task: economic check and assessment, stored as item cases. */
    public static final String RUN_ECONOMIC_CHECK = "runEconomicCheck";
    /** Parallel multi-instance call activity: one item process per case a department handles. */
    public static final String REVIEW_ITEMS = "reviewItems";
    /** Receive task: waits for joint items pushed after a grant until every case is decided. */
    public static final String AWAIT_JOINT_ITEMS = "awaitJointItems";
    /** End event of a closed application. */
    public static final String END_CLOSED = "applicationClosed";

    /** Variable: ids of the item cases the call activity starts (multi-instance collection). */
    public static final String VAR_ITEM_CASE_IDS = "itemCaseIds";
    /** Variable (routing flag): no item case of the application is open. */
    public static final String VAR_ALL_DECIDED = "allDecided";
    /** End event of an application whose co-signing deadline passed. */
    public static final String END_EXPIRED = "expired";

    private ApplicationProcess() {}
}
