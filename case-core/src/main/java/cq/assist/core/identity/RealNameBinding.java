package cq.assist.core.identity;

import cq.assist.core.common.DomainException;
import cq.assist.core.common.DomainException.FieldError;
import cq.assist.core.common.ProblemKind;
import cq.assist.core.household.IdNumber;
import cq.assist.core.login.MobileAccounts;
import cq.assist.core.login.MobileAccounts.RealName;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.time.BusinessClock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Binds a phone account to one natural person through the {@link RealNameVerifier} port
 * ({@code POST /me/real-name}). A bound account files only as that person. Binding again to the same
 * person refreshes nothing and answers the existing binding.
 */
@Service
public class RealNameBinding {

    private final MobileAccounts accounts;
    private final RealNameVerifier verifier;
    private final PiiCipher cipher;
    private final BusinessClock clock;

    public RealNameBinding(MobileAccounts accounts, RealNameVerifier verifier, PiiCipher cipher, BusinessClock clock) {
        this.accounts = accounts;
        this.verifier = verifier;
        this.cipher = cipher;
        this.clock = clock;
    }

    /**
     * Checks and binds.
     *
     * @param accountId the logged-in account (token subject)
     * @param rawName the name as typed (normalised here)
     * @param rawIdNumber the ID number as typed (normalised here)
     * @return the binding
     * @throws DomainException VALIDATION (blank name, invalid ID number), UNPROCESSABLE (the check did not
     *     match), CONFLICT (the account is bound to another person)
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
