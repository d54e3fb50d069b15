package cq.assist.core.intake;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The authorizations of an application, as intake sees them (implemented by the {@code authorization}
 * feature, which depends on intake and not the other way round). Calls join the caller's transaction.
 */
public interface AuthorizationPort {

    /** The versions of the authorization letter an applicant may sign (the one in force and earlier ones). */
    Set<String> letterVersions();

    /**
     * Settles the authorizations at submission: records the applicant's own signature and a guardian
     * signature for every minor the applicant is guardian of, and issues a co-signing token to every
     * other member who must authorize.
     *
     * @param app the stored application
     * @param form the validated form (its {@code authorization} holds the applicant's signature)
     * @param members the stored members, in member order
     * @param filer who filed (the applicant itself, or a community worker in person)
     * @param now the business time of filing
     * @return how many co-signers are pending (0: the application need not wait)
     */
    int settle(ApplicationRow app, ApplicationForm form, List<MemberRow> members, Filer filer, Instant now);

    /** The open co-signing links of an application, in member order; empty when none is open. */
    List<PendingCoSigner> pending(String applicationId);

    /** One member's open co-signing link, to show again to the applicant. */
    record PendingCoSigner(int memberSeq, String authorizeUrl, String qrPngUrl, Instant expiresAt) {}
}
