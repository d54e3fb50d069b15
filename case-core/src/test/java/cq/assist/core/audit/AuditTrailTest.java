package cq.assist.core.audit;

import static cq.assist.core.fixtures.CaseFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cq.assist.core.common.DomainException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The auditor's view of the log: one page at a time, and reading the log is itself audited. */
class AuditTrailTest {

    private final AuditLogMapper entries = mock(AuditLogMapper.class);
    private final AuditLog log = mock(AuditLog.class);
    private final AuditTrail trail = new AuditTrail(entries, log);

    @Test
    void aPageIsReadAndTheReadingRecorded() {
        AuditFilter filter = new AuditFilter("admin", null, null, null);
        when(entries.count(filter)).thenReturn(3L);
        when(entries.selectPage(filter, 2, 2L))
                .thenReturn(List.of(new AuditLogRow(
                        9L,
                        1,
                        NOW,
                        "admin",
                        "ADMIN",
                        "VIEW_FULL_ID_NUMBER",
                        "APPLICATION",
                        "app-1",
                        "核对",
                        null,
                        "p",
                        "e",
                        "SUCCESS",
                        "10.0.0.1",
                        2)));

        AuditTrail.Page page = trail.page(filter, 1, 2, "auditor", "AUDITOR");

        assertThat(page.total()).isEqualTo(3);
        assertThat(page.entries()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("VIEW_FULL_ID_NUMBER");
            assertThat(e.clientAddress()).isEqualTo("10.0.0.1");
        });
        ArgumentCaptor<AuditEntry> read = ArgumentCaptor.forClass(AuditEntry.class);
        verify(log).record(read.capture());
        assertThat(read.getValue().actorAccountId()).isEqualTo("auditor");
        assertThat(read.getValue().subjectId()).isEqualTo("page:1");
    }

    @Test
    void aBadPageSizeOrRangeIsNamedAndNothingIsRead() {
        AuditFilter backwards = new AuditFilter(null, null, NOW, NOW);
        for (Runnable bad : List.<Runnable>of(
                () -> trail.page(new AuditFilter(null, null, null, null), -1, 10, "a", "AUDITOR"),
                () -> trail.page(new AuditFilter(null, null, null, null), 0, AuditTrail.MAX_SIZE + 1, "a", "AUDITOR"),
                () -> trail.page(backwards, 0, 10, "a", "AUDITOR"))) {
            assertThatThrownBy(bad::run).isInstanceOf(DomainException.class);
        }
        verify(entries, never())
                .selectPage(any(), org.mockito.ArgumentMatchers.anyInt(), org.mockito.ArgumentMatchers.anyLong());
        verify(log, never()).record(any());
    }
}
