package cq.assist.core.payments;

import java.math.BigDecimal;

/**
 * One row of the bank file: the payee in full, as the agent bank needs it to credit the social-security
 * card or 一卡通 account.
 *
 * @param lineId the line id the bank's return file must name
 * @param amount yuan
 * @param payeeAccount the payee's account number in full (never null: a line without one stays out of the file)
 * @param payeeBank the bank of that account
 */
public record BankFileLine(
        long lineId,
        String month,
        String payeeName,
        String payeeIdNumber,
        String itemCode,
        String itemName,
        String communityCode,
        BigDecimal amount,
        String payeeAccount,
        String payeeBank) {}
