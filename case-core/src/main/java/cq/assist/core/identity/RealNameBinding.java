package cq.assist.core.identity;

import cq.assist.core.common.DomainException;
import cq.assist.core.common.DomainException.FieldError;
import cq.assist.core.common.ProblemKind;
import cq.assist.core.household.IdNumber;
import cq.assist.core.login.MobileAccounts;
import cq.assist.core.login.MobileAccounts.RealName;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.time.BusinessClock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Binds a phone account to one natural person through the {@link RealNameVerifier} port
 * ({@code POST /me/real-name}). A bound account files only as that person. Binding again to the same
 * person refreshes nothing and answers the existing binding. Every check that reaches the verifier (in
 * production a paid carrier or face check) is recorded first ({@code real_name_attempt}) and counted: an account
 * gets at most {@code assist.real-name.daily-per-account} (default 5) checks in 24 hours of business time, matched
 * or not; more answer TOO_MANY_REQUESTS with the seconds until the oldest check of the window leaves it (a
 * refused check is not counted). Checks racing at the cap never pass it together.
 */
@Service
public class RealNameBinding {

    private static final Duration DAY = Duration.ofHours(24);

    private final MobileAccounts accounts;
    private final RealNameVerifier verifier;
    private final PiiCipher cipher;
    private final BusinessClock clock;
    private final RealNameAttemptMapper attempts;
    private final int dailyPerAccount;

    /**
     * @param attempts the record of checks per account
     * @param dailyPerAccount checks one account may ask for in 24 hours ({@code assist.real-name.daily-per-account},
     *     default 5)
     */
    RealNameBinding(
            MobileAccounts accounts,
            RealNameVerifier verifier,
            PiiCipher cipher,
            BusinessClock clock,
            RealNameAttemptMapper attempts,
            @Value("${assist.real-name.daily-per-account:5}") int dailyPerAccount) {
        this.accounts = accounts;
        this.verifier = verifier;
        this.cipher = cipher;
        this.clock = clock;
        this.attempts = attempts;
        this.dailyPerAccount = dailyPerAccount;
    }

    /**
     * Checks and binds.
     *
     * @param accountId the logged-in account (token subject)
     * @param rawName the name as typed (normalised here)
     * @param rawIdNumber the ID number as typed (normalised here)
     * @return the binding
     * @throws DomainException VALIDATION (blank name, invalid ID number), UNPROCESSABLE (the check did not
     *     match), CONFLICT (the account is bound to another person), TOO_MANY_REQUESTS (type
     *     {@code real-name-daily-limit}, with Retry-After in seconds) when the account asked for
     *     {@code assist.real-name.daily-per-account} checks in the last 24 hours of business time
     */
    public RealName bind(String accountId, String rawName, String rawIdNumber) {
        String name = IdentityInput.name(rawName);
        String idNumber = IdentityInput.idNumber(rawIdNumber);
        validate(name, idNumber);
        String idHash = cipher.blindIndex(idNumber);
        Optional<RealName> existing = accounts.realNameOf(accountId);
        if (existing.isPresent()) {
            if (cipher.matchesIndex(existing.get().idNumberHash(), idNumber)) {
                return existing.get();
            }
            throw new DomainException(ProblemKind.CONFLICT, "identity.realName.boundToOther");
        }
        String phone =
                accounts.phoneOf(accountId).orElseThrow(() -> DomainException.notFound("identity.account.notFound"));
        countCheck(accountId);
        RealNameVerifier.Verdict verdict = verifier.verify(phone, name, idNumber);
        if (!verdict.matched()) {
            throw new DomainException(ProblemKind.UNPROCESSABLE, "identity.realName.noMatch");
        }
        RealName binding = new RealName(name, idNumber, idHash, verdict.method(), verdict.reference(), clock.now());
        if (!accounts.bind(accountId, binding)) {
            throw new DomainException(ProblemKind.CONFLICT, "identity.realName.boundToOther");
        }
        return binding;
    }

    /** The account's binding, if any. */
    public Optional<RealName> of(String accountId) {
        return accounts.realNameOf(accountId);
    }

    /**
     * Records the check (before the verifier is asked, so a check that fails or throws counts too), then counts:
     * over the account's daily cap the record is taken back and the check refused. Recording before counting
     * lets no two racing checks pass the cap together (each counts at least every check recorded before it).
     * Forgets the account's checks older than two days.
     */
    private void countCheck(String accountId) {
        Instant now = clock.now().truncatedTo(ChronoUnit.MILLIS);
        Instant since = now.minus(DAY);
        attempts.deleteBefore(accountId, now.minus(DAY.multipliedBy(2)));
        attempts.insert(accountId, now);
        if (attempts.countSince(accountId, since) > dailyPerAccount) {
            attempts.deleteOne(accountId, now);
            Instant oldest = attempts.selectOldestSince(accountId, since);
            long retryAfter =
                    oldest == null ? 1 : Duration.between(now, oldest.plus(DAY)).toSeconds();
            throw DomainException.tooManyRequests("identity.realName.dailyLimit", Math.max(1, retryAfter))
                    .withType("real-name-daily-limit");
        }
    }

    private void validate(String name, String idNumber) {
        List<FieldError> errors = new ArrayList<>();
        if (name == null || name.isEmpty() || name.length() > 64) {
            errors.add(new FieldError("name", "intake.required"));
        }
        if (!IdNumber.isValid(idNumber, clock.today())) {
            errors.add(new FieldError("idNumber", "intake.idNumber.invalid"));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
    }
}
