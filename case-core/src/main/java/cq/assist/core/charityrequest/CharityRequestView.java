package cq.assist.core.charityrequest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A charity request as the resident follows it, with its consent record.
 *
 * @param status {@link CharityRequestStatus} name
 * @param amount accepted amount (yuan, one-off), null unless ACCEPTED
 * @param reason the charity's reason, or null
 */
public record CharityRequestView(
        String id,
        String applicationId,
        String projectId,
        String projectName,
        String organisation,
        String status,
        BigDecimal amount,
        String reason,
        Instant createdAt,
        Instant decidedAt,
        Consent consent) {

    /**
     * The consent given for the request: recipient, purpose, exactly the fields shared, the text agreed
     * and when it was given or withdrawn ({@code withdrawnAt} null while it stands).
     */
    public record Consent(
            String organisation,
            String purpose,
            List<SharedField> fields,
            String text,
            String textSha256,
            Instant givenAt,
            Instant withdrawnAt) {}

    static CharityRequestView of(CharityRequestRow r, CharityConsentRow c) {
        Consent consent = c == null
                ? null
                : new Consent(
                        c.orgName(),
                        c.purpose(),
                        ConsentTerms.parse(c.sharedFields()),
                        c.consentText(),
                        c.textSha256(),
                        c.givenAt(),
                        c.withdrawnAt());
        return new CharityRequestView(
                r.id(),
                r.applicationId(),
                r.projectId(),
                r.projectName(),
                r.orgName(),
                r.status(),
                r.amount(),
                r.reason(),
                r.createdAt(),
                r.decidedAt(),
                consent);
    }
}
