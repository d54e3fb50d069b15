package cq.assist.core.authorization;

import cq.assist.core.common.DomainException;
import cq.assist.core.common.ProblemKind;
import cq.assist.core.intake.ApplicationRow;
import cq.assist.core.intake.ApplicationStatus;
import cq.assist.core.intake.Applications;
import cq.assist.core.intake.MemberRow;
import cq.assist.core.time.BusinessClock;
import org.springframework.stereotype.Component;

/**
 * Finds a co-signing token that can still be used: unknown is NOT_FOUND; used, expired, void after too
 * many failed attempts, or of an application no longer awaiting authorization is GONE.
 */
@Component
class OpenTokens {

    private final AuthorizationTokenMapper tokens;
    private final Applications applications;
    private final BusinessClock clock;

    OpenTokens(AuthorizationTokenMapper tokens, Applications applications, BusinessClock clock) {
        this.tokens = tokens;
        this.applications = applications;
        this.clock = clock;
    }

    /** @param lock whether to lock the application row until the transaction ends */
    OpenToken find(String token, boolean lock) {
        TokenRow row = token == null || token.isBlank() ? null : tokens.selectByHash(CoSigningTokens.hash(token));
        if (row == null) {
            throw DomainException.notFound("authorization.token.notFound");
        }
        String status = lock
                ? applications.lockStatus(row.applicationId())
                : applications.find(row.applicationId()).status();
        if (row.usedAt() != null
                || !row.expiresAt().isAfter(clock.now())
                || tokens.selectFailedAttempts(row.tokenHash()) >= TokenFailures.MAX
                || !ApplicationStatus.AWAITING_AUTHORIZATION.name().equals(status)) {
            throw new DomainException(ProblemKind.GONE, "authorization.token.gone");
        }
        ApplicationRow application = applications.find(row.applicationId());
        MemberRow member = applications.members(row.applicationId()).stream()
                .filter(m -> m.seq().equals(row.memberSeq()))
                .findFirst()
                .orElseThrow();
        return new OpenToken(row, application, member);
    }
}
