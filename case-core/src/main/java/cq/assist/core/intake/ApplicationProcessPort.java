package cq.assist.core.intake;

/**
 * The application process, as case-core sees it (implemented by the workflow module). Calls join the
 * caller's transaction, so a failure rolls back the case data with the process.
 */
public interface ApplicationProcessPort {

    /**
     * Starts the process of a freshly stored application.
     *
     * @param applicationId the application id (also the business key)
     * @param waitForAuthorizations true when other members still have to co-sign
     */
    void start(String applicationId, boolean waitForAuthorizations);

    /** Tells the waiting process that the last co-signer has signed. */
    void authorizationsComplete(String applicationId);

    /**
     * Ends the application's process and every item process of it (open tasks and timers go with them),
     * after the application was withdrawn or a member refused. Nothing happens when none is running.
     *
     * @param reason the deletion reason recorded in the engine's history
     */
    void end(String applicationId, String reason);
}
