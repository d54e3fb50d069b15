package cq.assist.core.intake;

import cq.assist.core.common.DomainException;
import cq.assist.core.common.DomainException.FieldError;
import cq.assist.core.pii.Masking;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.pii.PiiField;
import cq.assist.core.time.BusinessClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The payee account of an application (issue 9, monthly payments; V114): the account (社保卡 or 一卡通 account
 * number) and its bank that the household's grants are paid into. The applicant is the payee; the resident who
 * can read the application, or the worker who filed it, gives or replaces the account at any time, and the next
 * bank file uses it. The number is encrypted ({@link PiiField#APPLICATION_PAYEE_ACCOUNT}) and only ever answered
 * masked ({@link Masking#account}); the bank file alone opens it ({@code payments.BankFiles}, audited).
 */
@Service
public class SettingPayeeAccount {

    /** An account number: 12 to 30 digits once spaces and dashes are taken out (bank cards are 16 to 19). */
    static final Pattern ACCOUNT = Pattern.compile("\\d{12,30}");

    /** Longest bank name accepted. */
    public static final int MAX_BANK = 64;

    private final ApplicationMapper applications;
    private final ReadingApplications reading;
    private final PiiCipher cipher;
    private final BusinessClock clock;

    SettingPayeeAccount(
            ApplicationMapper applications, ReadingApplications reading, PiiCipher cipher, BusinessClock clock) {
        this.applications = applications;
        this.reading = reading;
        this.cipher = cipher;
        this.clock = clock;
    }

    /**
     * Gives or replaces the payee account.
     *
     * @param reader the resident (applicant) or the worker who filed the application
     * @param accountNumber the account number; spaces and dashes are ignored
     * @param bankName the bank, 2 to {@value #MAX_BANK} characters
     * @return the account as answered: the number masked
     * @throws DomainException VALIDATION naming {@code accountNumber} and/or {@code bankName}; NOT_FOUND when the
     *     application is not the reader's
     */
    @Transactional
    public PayeeAccount set(Filer reader, String applicationId, String accountNumber, String bankName) {
        String number = accountNumber == null ? "" : accountNumber.replaceAll("[\\s-]", "");
        String bank = bankName == null ? "" : bankName.strip();
        List<FieldError> errors = new ArrayList<>();
        if (!ACCOUNT.matcher(number).matches()) {
            errors.add(new FieldError("accountNumber", "intake.payee.accountNumber"));
        }
        if (bank.length() < 2 || bank.length() > MAX_BANK) {
            errors.add(new FieldError("bankName", "intake.payee.bankName"));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        ApplicationRow row = applicationId == null ? null : applications.selectById(applicationId);
        if (row == null || !reading.visibleTo(reader, row)) {
            throw DomainException.notFound("intake.application.notFound");
        }
        applications.updatePayeeAccount(
                applicationId,
                cipher.encrypt(PiiField.APPLICATION_PAYEE_ACCOUNT, applicationId, number),
                bank,
                clock.now());
        return new PayeeAccount(Masking.account(number), bank);
    }

    /**
     * The payee account on file, masked, for the view of an application the caller has already read through
     * {@link ReadingApplications#read} (which checks who may see it). The number is opened only to mask it: no
     * more than its last 4 digits leave this method.
     *
     * @return the account, or empty when none was given
     */
    @Transactional(readOnly = true)
    public Optional<OnFile> onFile(String applicationId) {
        PayeeAccountRow row = applicationId == null ? null : applications.selectPayeeAccount(applicationId);
        if (row == null || row.accountEnc() == null) {
            return Optional.empty();
        }
        String number = cipher.decrypt(PiiField.APPLICATION_PAYEE_ACCOUNT, applicationId, row.accountEnc());
        return Optional.of(new OnFile(Masking.account(number), row.bank(), row.givenAt()));
    }

    /**
     * A payee account on file as answered.
     *
     * @param accountNumber the number masked: only its last 4 digits
     * @param bankName the bank
     * @param givenAt when it was last given (business time)
     */
    public record OnFile(String accountNumber, String bankName, Instant givenAt) {}

    /**
     * A payee account as answered.
     *
     * @param accountNumber the number masked: only its last 4 digits
     * @param bankName the bank
     */
    public record PayeeAccount(String accountNumber, String bankName) {}
}
