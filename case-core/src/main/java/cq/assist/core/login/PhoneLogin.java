package cq.assist.core.login;

import cq.assist.core.audit.AuditActions;
import cq.assist.core.audit.AuditEntry;
import cq.assist.core.audit.AuditOutcome;
import cq.assist.core.audit.AuditRecorder;
import cq.assist.core.common.DomainException;
import cq.assist.core.common.ProblemKind;
import cq.assist.core.pii.PiiCipher;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Phone login: consumes the SMS code, finds or creates the phone's account and decides its role. A
 * phone of an enabled community worker logs in as {@code COMMUNITY_WORKER} scoped to its community;
 * any other phone as {@code RESIDENT}. A worker reads households' personal data, so its logins and failed
 * logins are audited like staff logins (等保 level 3, issue 8: actor {@code worker-<id>}, role
 * {@code COMMUNITY_WORKER}, the client address, never the phone or the code); residents' are not.
 */
@Service
public class PhoneLogin {

    /** Claim: the {@code community_worker} id of a worker's token. */
    public static final String CLAIM_WORKER_ID = "workerId";

    private final SmsCodes codes;
    private final MobileAccountService accounts;
    private final CommunityWorkerMapper workers;
    private final PiiCipher cipher;
    private final AuditRecorder audit;

    PhoneLogin(
            SmsCodes codes,
            MobileAccountService accounts,
            CommunityWorkerMapper workers,
            PiiCipher cipher,
            AuditRecorder audit) {
        this.codes = codes;
        this.accounts = accounts;
        this.workers = workers;
        this.cipher = cipher;
        this.audit = audit;
    }

    /** Logs a phone in from an unknown address; see {@link #logIn(String, String, String)}. */
    public LoggedIn logIn(String phone, String code) {
        return logIn(phone, code, null);
    }

    /**
     * Logs a phone in.
     *
     * @param clientIp the caller's address (after the trusted-proxy rule): the wrong-code limits count per phone
     *     at this address, and a worker's login audit stores it hashed; may be null
     * @throws DomainException UNAUTHENTICATED when the code is wrong, used or expired
     */
    public LoggedIn logIn(String phone, String code, String clientIp) {
        if (!codes.consume(phone, code, SmsCodes.LOGIN, clientIp)) {
            CommunityWorkerMapper.WorkerRow worker = workers.selectEnabledByPhoneHash(cipher.blindIndex(phone));
            if (worker != null) {
                audited(worker, AuditActions.LOGIN_FAILED, "sms code refused", clientIp, AuditOutcome.FAILURE);
            }
            throw new DomainException(ProblemKind.UNAUTHENTICATED, "login.code-invalid");
        }
        String accountId = accounts.recordLogin(phone);
        CommunityWorkerMapper.WorkerRow worker = cipher.findByIndex(
                        phone, hash -> java.util.Optional.ofNullable(workers.selectEnabledByPhoneHash(hash)))
                .orElse(null);
        if (worker == null) {
            return new LoggedIn(accountId, List.of(Roles.RESIDENT), Map.of());
        }
        audited(worker, AuditActions.LOGIN, "sms code, account " + accountId, clientIp, AuditOutcome.SUCCESS);
        return new LoggedIn(
                accountId,
                List.of(Roles.COMMUNITY_WORKER),
                Map.of(
                        Roles.CLAIM_COMMUNITY,
                        worker.communityCode(),
                        CLAIM_WORKER_ID,
                        worker.id().toString()));
    }

    private void audited(
            CommunityWorkerMapper.WorkerRow worker,
            String action,
            String detail,
            String clientIp,
            AuditOutcome outcome) {
        String actor = "worker-" + worker.id();
        audit.record(new AuditEntry(
                actor, Roles.COMMUNITY_WORKER, action, "COMMUNITY_WORKER", actor, detail, clientIp, outcome));
    }

    /**
     * Who logged in: the account id (the token subject), its roles and its scope claims.
     *
     * @param claims scope claims such as {@code community} and {@code workerId}; empty for residents
     */
    public record LoggedIn(String accountId, List<String> roles, Map<String, String> claims) {}
}
