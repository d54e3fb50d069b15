package cq.assist.core.payments;

import static cq.assist.core.fixtures.CaseFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cq.assist.core.audit.AuditEntry;
import cq.assist.core.audit.AuditLog;
import cq.assist.core.common.DomainException;
import cq.assist.core.fixtures.CaseFixtures;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.pii.PiiField;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * A roll's bank file: the payee's full ID number and account number decrypted only here, a line without a payee
 * account left out and named, every export audited; responses get the account masked.
 */
class BankFilesTest {

    private final PaymentRolls rolls = mock(PaymentRolls.class);
    private final PiiCipher cipher = CaseFixtures.cipher();
    private final AuditLog audit = mock(AuditLog.class);
    private final BankFiles files = new BankFiles(rolls, cipher, audit);

    @Test
    void exportsFullPayeeDataAndAuditsTheExportWithTheRollAsSubject() {
        RollRow roll = new RollRow("r1", "2026-12", "500103", "BUILT", 1, BigDecimal.TEN, 0, 0, "a", NOW, null);
        byte[] id = cipher.encrypt(PiiField.APPLICATION_APPLICANT_ID_NUMBER, "app-1", "500103198501010012");
        byte[] account = cipher.encrypt(PiiField.APPLICATION_PAYEE_ACCOUNT, "app-1", "6230580000123456789");
        PaymentLine withoutAccount = line(6L, "app-2", null, null);
        when(rolls.roll("r1", "500103")).thenReturn(roll);
        when(rolls.lines("r1", "500103"))
                .thenReturn(List.of(
                        new PaymentLine(
                                5L,
                                "r1",
                                "2026-12",
                                "H1",
                                "DIBAO",
                                "c1",
                                "app-1",
                                "YJ1",
                                CaseFixtures.COMMUNITY,
                                "李四",
                                id,
                                new BigDecimal("800.00"),
                                "PENDING",
                                null,
                                null,
                                null,
                                null,
                                account,
                                "重庆农村商业银行"),
                        withoutAccount));

        BankFiles.BankFile file = files.export("r1", "500103", "clerk", "DISTRICT_APPROVER", "10.0.0.1");

        assertThat(file.accountMissing()).containsExactly(6L);
        assertThat(files.maskedAccount(withoutAccount)).isNull();
        assertThat(file.lines())
                .containsExactly(new BankFileLine(
                        5L,
                        "2026-12",
                        "李四",
                        "500103198501010012",
                        "DIBAO",
                        "最低生活保障",
                        CaseFixtures.COMMUNITY,
                        new BigDecimal("800.00"),
                        "6230580000123456789",
                        "重庆农村商业银行"));
        ArgumentCaptor<AuditEntry> entry = ArgumentCaptor.forClass(AuditEntry.class);
        verify(audit).record(entry.capture());
        assertThat(entry.getValue().action()).isEqualTo(BankFiles.EXPORT_BANK_FILE);
        assertThat(entry.getValue().subjectType()).isEqualTo("PAYMENT_ROLL");
        assertThat(entry.getValue().subjectId()).isEqualTo("r1");
    }

    private static PaymentLine line(long id, String applicationId, byte[] account, String bank) {
        return new PaymentLine(
                id,
                "r1",
                "2026-12",
                "H" + id,
                "DIBAO",
                "c" + id,
                applicationId,
                "YJ" + id,
                CaseFixtures.COMMUNITY,
                "王五",
                null,
                new BigDecimal("500.00"),
                "PENDING",
                null,
                null,
                null,
                null,
                account,
                bank);
    }

    @Test
    void responsesGetTheAccountWithItsLastFourDigitsOnlyAndACopiedCiphertextDoesNotOpen() {
        byte[] account = cipher.encrypt(PiiField.APPLICATION_PAYEE_ACCOUNT, "app-3", "6230580000123456789");

        assertThat(files.maskedAccount(line(7L, "app-3", account, "重庆银行"))).isEqualTo("***************6789");
        assertThatThrownBy(() -> files.maskedAccount(line(8L, "app-4", account, "重庆银行")))
                .as("bound to its application")
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void aRollOutsideTheScopeIsNotExportedNorAudited() {
        when(rolls.roll("r1", "500104")).thenThrow(DomainException.notFound("payments.roll.notFound"));

        assertThatThrownBy(() -> files.export("r1", "500104", "clerk", "DISTRICT_APPROVER", null))
                .isInstanceOf(DomainException.class);
        verify(audit, never()).record(any());
    }
}
