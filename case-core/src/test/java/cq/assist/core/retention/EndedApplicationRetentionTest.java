package cq.assist.core.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cq.assist.core.audit.AuditActions;
import cq.assist.core.audit.AuditEntry;
import cq.assist.core.audit.AuditRecorder;
import cq.assist.core.files.StoredFiles;
import cq.assist.core.fixtures.CaseFixtures;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The retention round: the cutoff is the period before business now; a claimed application has every personal
 * part removed, names masked, referenced files deleted, and one audit entry with counts and no data; one another
 * node claimed is left alone; SMS records older than their period are deleted and audited.
 */
class EndedApplicationRetentionTest {

    private final RetentionMapper rows = mock(RetentionMapper.class);
    private final StoredFiles storedFiles = mock(StoredFiles.class);
    private final List<AuditEntry> audited = new ArrayList<>();
    private final AuditRecorder audit = entry -> {
        audited.add(entry);
        return audited.size();
    };
    private final EndedApplicationRetention retention = new EndedApplicationRetention(
            rows,
            storedFiles,
            CaseFixtures.clock(),
            audit,
            new TransactionTemplate(mock(PlatformTransactionManager.class)),
            Period.ofYears(3),
            Period.ofDays(30),
            200,
            Duration.ofHours(6));

    private static final Instant CUTOFF = Instant.parse("2023-11-30T02:00:00Z");
    private static final LocalDate CUTOFF_DATE = LocalDate.of(2023, 11, 30);

    @Test
    void aDueApplicationLosesItsPersonalDataAndTheAuditHasCountsOnly() {
        when(rows.selectDue(CUTOFF, CUTOFF_DATE, 200)).thenReturn(List.of("app-1"));
        when(rows.claim("app-1", CUTOFF, CUTOFF_DATE, CaseFixtures.NOW)).thenReturn(1);
        when(rows.selectFileReferences("app-1")).thenReturn(List.of("card-1", "p1,p2", "p2"));
        when(rows.selectApplicantName("app-1")).thenReturn("张三丰");
        when(rows.selectMembers("app-1"))
                .thenReturn(List.of(
                        new RetentionMapper.Member(0, "张三丰", LocalDate.of(1958, 7, 21)),
                        new RetentionMapper.Member(1, "李梅", LocalDate.of(1960, 3, 2))));
        when(storedFiles.deleteIfUnused(anyString())).thenReturn(true);
        when(rows.anonymiseVisits("app-1")).thenReturn(1);
        when(rows.deleteMessages("app-1")).thenReturn(4);

        EndedApplicationRetention.Result result = retention.run();

        assertThat(result).isEqualTo(new EndedApplicationRetention.Result(1, 2, 3, 0));
        verify(rows).anonymiseApplication("app-1", "张**");
        verify(rows).anonymiseMember("app-1", 0, "张**", LocalDate.of(1958, 1, 1));
        verify(rows).anonymiseMember("app-1", 1, "李*", LocalDate.of(1960, 1, 1));
        verify(storedFiles).deleteIfUnused("card-1");
        verify(storedFiles).deleteIfUnused("p1");
        verify(storedFiles).deleteIfUnused("p2");
        verify(rows).deleteSnapshot("app-1");
        verify(rows).deleteTokens("app-1");
        verify(rows).deleteClaims("app-1");
        verify(rows).deleteIdempotencyKeys("app-1");
        verify(rows).deleteMonitoring("app-1");
        verify(rows).unlinkItemCases("app-1", "anonymised:app-1");
        verify(rows).unlinkPaymentLines("app-1", "anonymised:app-1");
        verify(rows).unlinkAlerts("app-1", "anonymised:app-1");
        verify(rows).unlinkCharityRequests("app-1", "anonymised:app-1");
        verify(rows).unlinkInsuranceClaims("app-1", "anonymised:app-1");
        assertThat(audited).hasSize(1);
        AuditEntry entry = audited.get(0);
        assertThat(entry.action()).isEqualTo(AuditActions.ANONYMISE_APPLICATION);
        assertThat(entry.subjectId()).isEqualTo("app-1");
        assertThat(entry.purpose())
                .contains("members 2", "visits 1", "files 3", "messages 4")
                .doesNotContain("张", "李", "card-1", "p1");
    }

    @Test
    void anApplicationAnotherNodeClaimedIsLeftAlone() {
        when(rows.selectDue(any(), any(), eq(200))).thenReturn(List.of("app-1"));
        when(rows.claim(eq("app-1"), any(), any(), any())).thenReturn(0);

        assertThat(retention.run().applications()).isZero();
        verify(rows, never()).anonymiseApplication(anyString(), anyString());
        verify(rows, never()).deleteSnapshot(anyString());
        assertThat(audited).isEmpty();
    }

    @Test
    void oldSmsRecordsAreDeletedAndAuditedWithCounts() {
        Instant before = Instant.parse("2026-10-31T02:00:00Z");
        when(rows.deleteSmsCodesBefore(before)).thenReturn(5);
        when(rows.deleteSendLogBefore(before)).thenReturn(2);
        when(rows.deleteOutboxBefore(before)).thenReturn(1);

        assertThat(retention.run().smsRecords()).isEqualTo(8);
        assertThat(audited)
                .singleElement()
                .satisfies(e -> assertThat(e.action()).isEqualTo(AuditActions.PURGE_SMS_RECORDS))
                .satisfies(e -> assertThat(e.purpose()).contains("codes 5", "send log 2", "outbox 1"));
    }

    @Test
    void aPeriodMustBePositive() {
        assertThatThrownBy(() -> new EndedApplicationRetention(
                        rows,
                        storedFiles,
                        CaseFixtures.clock(),
                        audit,
                        new TransactionTemplate(mock(PlatformTransactionManager.class)),
                        Period.ZERO,
                        Period.ofDays(30),
                        200,
                        Duration.ofHours(6)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
