package cq.assist.core.check;

import cq.assist.core.common.DomainException;
import cq.assist.core.common.DomainException.FieldError;
import cq.assist.core.household.IdNumber;
import cq.assist.core.identity.IdentityInput;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.time.BusinessClock;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Stages one person's facts in the reference registry (demo and tests only): inserts by the ID
 * number's blind index, or replaces the facts when the person is already there. The ID number is
 * stored encrypted and never logged. Every staging is the data feed's change event for that person
 * ({@link RegistryPersonChanged}, published after the write): monitoring re-assesses the households the
 * person belongs to.
 */
@Service
public class RegistryStaging {

    private static final Pattern PHONE = Pattern.compile("^1[3-9]\\d{9}$");

    /** Whether staging created the person or replaced an existing record. */
    public enum Outcome {
        CREATED,
        UPDATED
    }

    private final RegistryPersonMapper registry;
    private final PiiCipher cipher;
    private final BusinessClock clock;
    private final ApplicationEventPublisher events;

    public RegistryStaging(
            RegistryPersonMapper registry, PiiCipher cipher, BusinessClock clock, ApplicationEventPublisher events) {
        this.registry = registry;
        this.cipher = cipher;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Writes the person. Fails with a validation problem naming every bad field (an invalid ID number,
     * a blank name, a negative amount or count, a disability grade outside 1-4, a phone that is not a
     * mainland mobile number). A phone, when given, becomes the person's phone on file.
     */
    public Outcome stage(StagedPerson person) {
        validate(person);
        String idNumber = IdNumber.normalize(IdentityInput.idNumber(person.idNumber()));
        // the person's row keeps the index it was written with (an older index-key version) until written anew
        String idHash = cipher.findByIndex(
                        idNumber, hash -> registry.selectByIdHash(hash).map(found -> hash))
                .orElseGet(() -> cipher.blindIndex(idNumber));
        RegistryPersonRow row =
                toRow(person, idHash, cipher.encrypt(cq.assist.core.pii.PiiField.REGISTRY_ID_NUMBER, idHash, idNumber));
        Outcome outcome;
        try {
            registry.insert(row);
            outcome = Outcome.CREATED;
        } catch (DuplicateKeyException alreadyThere) {
            registry.updateByIdHash(row);
            outcome = Outcome.UPDATED;
        }
        String phone = IdentityInput.phone(person.phone());
        if (phone != null && !phone.isEmpty()) {
            registry.updatePhone(
                    idHash,
                    cipher.encrypt(cq.assist.core.pii.PiiField.REGISTRY_PHONE, idHash, phone),
                    cipher.blindIndex(phone));
        }
        events.publishEvent(new RegistryPersonChanged(cipher.blindIndexes(idNumber)));
        return outcome;
    }

    private void validate(StagedPerson p) {
        List<FieldError> errors = new ArrayList<>();
        if (!IdNumber.isValid(IdentityInput.idNumber(p.idNumber()), clock.today())) {
            errors.add(new FieldError("idNumber", "check.registry.id-number-invalid"));
        }
        if (p.name() == null || p.name().isBlank() || p.name().length() > 64) {
            errors.add(new FieldError("name", "check.registry.name-required"));
        }
        nonNegative(errors, "monthlyWage", p.monthlyWage());
        nonNegative(errors, "monthlyPension", p.monthlyPension());
        nonNegative(errors, "monthlyOtherIncome", p.monthlyOtherIncome());
        nonNegative(errors, "deposits", p.deposits());
        nonNegative(errors, "securities", p.securities());
        nonNegative(errors, "homeAreaSqm", p.homeAreaSqm());
        nonNegative(errors, "medicalExpenses12m", p.medicalExpenses12m());
        nonNegative(errors, "homes", p.homes());
        nonNegative(errors, "vehicles", p.vehicles());
        nonNegative(errors, "businesses", p.businesses());
        String phone = IdentityInput.phone(p.phone());
        if (phone != null && !phone.isEmpty() && !PHONE.matcher(phone).matches()) {
            errors.add(new FieldError("phone", "check.registry.phone-invalid"));
        }
        if (p.disabilityGrade() != null && (p.disabilityGrade() < 1 || p.disabilityGrade() > 4)) {
            errors.add(new FieldError("disabilityGrade", "check.registry.disability-grade-range"));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
    }

    private static void nonNegative(List<FieldError> errors, String field, BigDecimal amount) {
        if (amount != null && amount.signum() < 0) {
            errors.add(new FieldError(field, "check.registry.not-negative"));
        }
    }

    private static void nonNegative(List<FieldError> errors, String field, Integer count) {
        if (count != null && count < 0) {
            errors.add(new FieldError(field, "check.registry.not-negative"));
        }
    }

    private static RegistryPersonRow toRow(StagedPerson p, String hash, byte[] encrypted) {
        return new RegistryPersonRow(
                hash,
                encrypted,
                p.name().trim(),
                p.monthlyWage(),
                p.monthlyPension(),
                p.monthlyOtherIncome(),
                p.deposits(),
                p.securities(),
                p.homes(),
                p.homeAreaSqm(),
                p.vehicles(),
                p.businesses(),
                p.disabilityGrade(),
                p.medicalExpenses12m(),
                p.onPublicPayroll(),
                Boolean.TRUE.equals(p.deceased()));
    }
}
