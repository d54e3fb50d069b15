package cq.assist.core.intake;

import java.time.Instant;

/**
 * The payee account columns of an {@code application} row as stored (V114).
 *
 * @param accountEnc the account number, encrypted ({@code PiiField.APPLICATION_PAYEE_ACCOUNT}, bound to the row)
 * @param bank the bank in clear
 * @param givenAt the business time the account was last given
 */
record PayeeAccountRow(byte[] accountEnc, String bank, Instant givenAt) {}
