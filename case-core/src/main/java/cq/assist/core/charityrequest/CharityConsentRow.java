package cq.assist.core.charityrequest;

import java.time.Instant;

/**
 * One {@code charity_consent} row: the separate consent a resident gave to share named fields with one
 * charity for one project. {@code sharedFields} is comma-separated {@link SharedField} codes.
 */
public record CharityConsentRow(
        String requestId,
        String applicationId,
        String orgCode,
        String orgName,
        String projectId,
        String purpose,
        String sharedFields,
        String consentText,
        String textSha256,
        String givenBy,
        Instant givenAt,
        String withdrawnBy,
        Instant withdrawnAt) {}
