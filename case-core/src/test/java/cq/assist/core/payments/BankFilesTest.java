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

/** A roll's bank file: the payee's full ID number decrypted only here, and every export audited. */
class BankFilesTest {

    private final PaymentRolls rolls = mock(PaymentRolls.class);
    private final PiiCipher cipher = CaseFixtures.cipher();
    private final AuditLog audit = mock(AuditLog.class);
    private final BankFiles files = new BankFiles(rolls, cipher, audit);

    @Test
    void exportsFullPayeeDataAndAuditsTheExportWithTheRollAsSubject() {
        RollRow roll = new RollRow("r1", "2026-12", "500103", "BUILT", 1, BigDecimal.TEN, 0, 0, "a", NOW, null);
        byte[] id = cipher.encrypt(PiiField.APPLICATION_APPLICANT_ID_NUMBER, "app-1", "500103198501010012");
        when(rolls.roll("r1", "500103")).thenReturn(roll);
        when(rolls.lines("r1", "500103"))
                .thenReturn(List.of(new PaymentLine(
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
                        null)));

        List<BankFileLine> lines = files.export("r1", "500103", "clerk", "DISTRICT_APPROVER", "10.0.0.1");

        assertThat(lines)
                .containsExactly(new BankFileLine(
                        5L,
                        "2026-12",
                        "李四",
                        "500103198501010012",
                        "DIBAO",
                        "最低生活保障",
                        CaseFixtures.COMMUNITY,
                        new BigDecimal("800.00")));
        ArgumentCaptor<AuditEntry> entry = ArgumentCaptor.forClass(AuditEntry.class);
        verify(audit).record(entry.capture());
        assertThat(entry.getValue().action()).isEqualTo(BankFiles.EXPORT_BANK_FILE);
        assertThat(entry.getValue().subjectType()).isEqualTo("PAYMENT_ROLL");
        assertThat(entry.getValue().subjectId()).isEqualTo("r1");
    }

    @Test
    void aRollOutsideTheScopeIsNotExportedNorAudited() {
        when(rolls.roll("r1", "500104")).thenThrow(DomainException.notFound("payments.roll.notFound"));

        assertThatThrownBy(() -> files.export("r1", "500104", "clerk", "DISTRICT_APPROVER", null))
                .isInstanceOf(DomainException.class);
        verify(audit, never()).record(any());
    }
}
