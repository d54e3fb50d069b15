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
    /** Receive task where the economic-check issue continues the process. */
    public static final String AWAIT_ECONOMIC_CHECK = "awaitEconomicCheck";
    /** End event of an application whose co-signing deadline passed. */
    public static final String END_EXPIRED = "expired";

    private ApplicationProcess() {}
}
