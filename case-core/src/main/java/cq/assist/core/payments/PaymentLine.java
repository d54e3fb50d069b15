package cq.assist.core.payments;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One line of a roll as staff see it (read model with the payee from the application).
 *
 * @param id the line id the bank file and the return file name
 * @param payeeName the applicant's name (mask it before it leaves the system, except in the bank file)
 * @param payeeIdNumberEnc the applicant's ID number, encrypted (only the bank file opens it)
 * @param amount yuan
 * @param status PENDING, PAID or FAILED
 * @param repaysLineId the failed line this line pays again (补发), or null for the month's own line
 * @param repaysMonth the month of that failed line ({@code yyyy-MM}), or null
 * @param payeeAccountEnc the application's payee account number, encrypted ({@code APPLICATION_PAYEE_ACCOUNT}),
 *     or null when none was given; {@link BankFiles} opens it (in full for the bank file, masked for responses)
 * @param payeeBank the bank of that account, or null
 */
public record PaymentLine(
        long id,
        String rollId,
        String month,
        String householdKey,
        String itemCode,
        String caseId,
        String applicationId,
        String applicationNo,
        String communityCode,
        String payeeName,
        byte[] payeeIdNumberEnc,
        BigDecimal amount,
        String status,
        String failReason,
        Instant returnedAt,
        Long repaysLineId,
        String repaysMonth,
        byte[] payeeAccountEnc,
        String payeeBank) {

    /** True when the application has no payee account: the line cannot go to the bank. */
    public boolean accountMissing() {
        return payeeAccountEnc == null;
    }
}
