package cq.assist.core.payments;

import cq.assist.core.audit.AuditEntry;
import cq.assist.core.audit.AuditLog;
import cq.assist.core.common.CoreTexts;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.rules.ItemCode;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The content of a roll's bank file: every line with the payee's full name and ID number (decrypted here
 * and nowhere else). Every export is a full view of personal data and is written to the audit log, in the
 * same transaction, with the roll as its subject.
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
    public List<BankFileLine> export(String rollId, String scopeRegion, String account, String role, String clientIp) {
        RollRow roll = rolls.roll(rollId, scopeRegion);
        List<BankFileLine> out = new ArrayList<>();
        for (PaymentLine l : rolls.lines(roll.id(), scopeRegion)) {
            out.add(new BankFileLine(
                    l.id(),
                    l.month(),
                    l.payeeName(),
                    l.payeeIdNumberEnc() == null
                            ? null
                            : cipher.decrypt(
                                    cq.assist.core.pii.PiiField.APPLICATION_APPLICANT_ID_NUMBER,
                                    l.applicationId(),
                                    l.payeeIdNumberEnc()),
                    l.itemCode(),
                    l.repaysMonth() != null
                            ? CoreTexts.zh("payments.repayment.itemName", nameOf(l.itemCode()), l.repaysMonth())
                            : !l.month().equals(roll.month())
                                    // arrears: a missed earlier month paid in this roll
                                    ? CoreTexts.zh("payments.repayment.itemName", nameOf(l.itemCode()), l.month())
                                    : nameOf(l.itemCode()),
                    l.communityCode(),
                    l.amount()));
        }
        audit.record(new AuditEntry(
                account,
                role,
                EXPORT_BANK_FILE,
                "PAYMENT_ROLL",
                roll.id(),
                CoreTexts.zh("audit.detail.bankFile", roll.month(), roll.regionCode()),
                clientIp));
        return out;
    }

    private static String nameOf(String itemCode) {
        try {
            return ItemCode.valueOf(itemCode).zh();
        } catch (IllegalArgumentException retired) {
            return itemCode;
        }
    }
}
