package cq.assist.core.login;

import cq.assist.core.common.DomainException;
import cq.assist.core.common.ProblemKind;
import cq.assist.core.pii.PiiCipher;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Phone login: consumes the SMS code, finds or creates the phone's account and decides its role. A
 * phone of an enabled community worker logs in as {@code COMMUNITY_WORKER} scoped to its community;
 * any other phone as {@code RESIDENT}.
 */
@Service
public class PhoneLogin {

    /** Claim: the {@code community_worker} id of a worker's token. */
    public static final String CLAIM_WORKER_ID = "workerId";

    private final SmsCodes codes;
    private final MobileAccountService accounts;
    private final CommunityWorkerMapper workers;
    private final PiiCipher cipher;

    PhoneLogin(SmsCodes codes, MobileAccountService accounts, CommunityWorkerMapper workers, PiiCipher cipher) {
        this.codes = codes;
        this.accounts = accounts;
        this.workers = workers;
        this.cipher = cipher;
    }

    /**
     * Logs a phone in.
     *
     * @throws DomainException UNAUTHENTICATED when the code is wrong, used or expired
     */
    public LoggedIn logIn(String phone, String code) {
        if (!codes.consume(phone, code)) {
            throw new DomainException(ProblemKind.UNAUTHENTICATED, "login.code-invalid");
        }
        String accountId = accounts.recordLogin(phone);
        CommunityWorkerMapper.WorkerRow worker = cipher.findByIndex(
                        phone, hash -> java.util.Optional.ofNullable(workers.selectEnabledByPhoneHash(hash)))
                .orElse(null);
        if (worker == null) {
            return new LoggedIn(accountId, List.of(Roles.RESIDENT), Map.of());
        }
        return new LoggedIn(
                accountId,
                List.of(Roles.COMMUNITY_WORKER),
                Map.of(
                        Roles.CLAIM_COMMUNITY,
                        worker.communityCode(),
                        CLAIM_WORKER_ID,
                        worker.id().toString()));
    }

    /**
     * Who logged in: the account id (the token subject), its roles and its scope claims.
     *
     * @param claims scope claims such as {@code community} and {@code workerId}; empty for residents
     */
    public record LoggedIn(String accountId, List<String> roles, Map<String, String> claims) {}
}
