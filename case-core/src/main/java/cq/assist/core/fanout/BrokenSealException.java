package cq.assist.core.fanout;

/**
 * An authorization record of the application no longer matches its seal (changed in the database), so
 * the economic check must not read any data source on its strength. Carries no personal data: the
 * message names the application and the member's position only. The failed job becomes an incident.
 */
public class BrokenSealException extends IllegalStateException {

    public BrokenSealException(String applicationId, int memberSeq) {
        super("authorization record seal does not verify: application " + applicationId + ", member " + memberSeq
                + "; the economic check was stopped before reading any data source");
    }
}
