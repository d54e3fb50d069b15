package cq.assist.core.payments;

import cq.assist.core.audit.AuditEntry;
import cq.assist.core.audit.AuditLog;
import cq.assist.core.common.CoreTexts;
import cq.assist.core.pii.Masking;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.pii.PiiField;
import cq.assist.core.rules.ItemCode;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The content of a roll's bank file: every line with the payee's full name, ID number and account number
 * (decrypted here and nowhere else). Every export is a full view of personal data and is written to the audit
 * log, in the same transaction, with the roll as its subject. A line whose application has no payee account
 * (V114) stays out of the file (a bank cannot credit it) and is named in {@link BankFile#accountMissing}; the
 * account is read at each export, so once the resident gives it the next export of the same roll carries the line.
 * Responses show the account masked only ({@link #maskedAccount}).
 */
@Service
public class BankFiles {

    /** Audit action of a bank-file export. */
    public static final String EXPORT_BANK_FILE = "EXPORT_BANK_FILE";

    private final PaymentRolls rolls;
    private final PiiCipher cipher;
    private final AuditLog audit;

    BankFiles(PaymentRolls rolls, PiiCipher cipher, AuditLog audit) {
        this.rolls = rolls;
        this.cipher = cipher;
        this.audit = audit;
    }

    /**
     * The lines of a roll in the caller's district, audited.
     *
     * @param account the staff account exporting
     * @param role the role that allows it
     * @param clientIp the caller's address (stored hashed), may be null
     * @throws cq.assist.core.common.DomainException NOT_FOUND for a roll outside the scope
     */
    @Transactional
    public BankFile export(String rollId, String scopeRegion, String account, String role, String clientIp) {
        RollRow roll = rolls.roll(rollId, scopeRegion);
        List<BankFileLine> out = new ArrayList<>();
        List<Long> missing = new ArrayList<>();
        for (PaymentLine l : rolls.lines(roll.id(), scopeRegion)) {
            if (l.accountMissing()) {
                missing.add(l.id());
                continue;
            }
            out.add(new BankFileLine(
                    l.id(),
                    l.month(),
                    l.payeeName(),
                    l.payeeIdNumberEnc() == null
                            ? null
                            : cipher.decrypt(
                                    PiiField.APPLICATION_APPLICANT_ID_NUMBER, l.applicationId(), l.payeeIdNumberEnc()),
                    l.itemCode(),
                    l.repaysMonth() != null
                            ? CoreTexts.zh("payments.repayment.itemName", nameOf(l.itemCode()), l.repaysMonth())
                            : !l.month().equals(roll.month())
                                    // arrears: a missed earlier month paid in this roll
                                    ? CoreTexts.zh("payments.repayment.itemName", nameOf(l.itemCode()), l.month())
                                    : nameOf(l.itemCode()),
                    l.communityCode(),
                    l.amount(),
                    cipher.decrypt(PiiField.APPLICATION_PAYEE_ACCOUNT, l.applicationId(), l.payeeAccountEnc()),
                    l.payeeBank()));
        }
        audit.record(new AuditEntry(
                account,
                role,
                EXPORT_BANK_FILE,
                "PAYMENT_ROLL",
                roll.id(),
                CoreTexts.zh("audit.detail.bankFile", roll.month(), roll.regionCode()),
                clientIp));
        return new BankFile(out, missing);
    }

    /**
     * The payee account of a line as responses show it: only its last 4 digits ({@link Masking#account}); null when
     * the application has none.
     */
    public String maskedAccount(PaymentLine line) {
        return line.accountMissing()
                ? null
                : Masking.account(cipher.decrypt(
                        PiiField.APPLICATION_PAYEE_ACCOUNT, line.applicationId(), line.payeeAccountEnc()));
    }

    /**
     * A bank file's content.
     *
     * @param lines the lines the bank is to pay, each with the payee's account
     * @param accountMissing the ids of the roll's lines left out because their application has no payee account
     */
    public record BankFile(List<BankFileLine> lines, List<Long> accountMissing) {

        /** Copies the lists. */
        public BankFile {
            lines = List.copyOf(lines);
            accountMissing = List.copyOf(accountMissing);
        }
    }

    private static String nameOf(String itemCode) {
        try {
            return ItemCode.valueOf(itemCode).zh();
        } catch (IllegalArgumentException retired) {
            return itemCode;
        }
    }
}
