package cq.assist.core.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cq.assist.core.common.DomainException;
import cq.assist.core.common.ProblemKind;
import cq.assist.core.intake.Timeline;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** Incidents of dead-lettered jobs: recorded with a bounded cause, shown as a delay, retried once. */
class CaseIncidentsTest {

    private final IncidentMapper mapper = mock(IncidentMapper.class);
    private final DeadLetterJobs jobs = mock(DeadLetterJobs.class);
    private final Timeline timeline = mock(Timeline.class);
    private final CaseIncidents incidents = new CaseIncidents(mapper, jobs, timeline);

    private static IncidentRow open(String applicationId) {
        return new IncidentRow(7L, applicationId, "job-1", "p-1", "economicCheck", "boom", "OPEN", null, null, null);
    }

    @Test
    void aDeadLetterIsRecordedOpenWithItsCauseCutAndTheResidentSeesADelay() {
        incidents.recordDeadLetter("app-1", "job-1", "p-1", "economicCheck", "x".repeat(1000));

        ArgumentCaptor<IncidentRow> row = ArgumentCaptor.forClass(IncidentRow.class);
        verify(mapper).insert(row.capture());
        assertThat(row.getValue().cause()).hasSize(CaseIncidents.MAX_CAUSE);
        assertThat(row.getValue().status()).isEqualTo("OPEN");
        verify(timeline).record("app-1", "DELAYED", Timeline.Actor.SYSTEM, null);

        incidents.recordDeadLetter(null, "job-2", "p-2", "review", null);
        verify(mapper, org.mockito.Mockito.times(2)).insert(row.capture());
        assertThat(row.getValue().cause()).isEqualTo("unknown");
    }

    @Test
    void retryingPutsTheJobBackOnceAndTellsTheTimeline() {
        when(mapper.selectById(7L)).thenReturn(open("app-1"));
        when(mapper.markRetried(eq(7L), eq("admin"), any())).thenReturn(1, 0);
        when(jobs.retry("job-1")).thenReturn(true);

        incidents.retry(7L, "admin");
        verify(timeline).record("app-1", "RETRIED", Timeline.Actor.SYSTEM, null);

        assertThatThrownBy(() -> incidents.retry(7L, "admin"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.CONFLICT));
        assertThatThrownBy(() -> incidents.retry(8L, "admin"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.NOT_FOUND));
    }

    @Test
    void aJobGoneWithItsProcessCannotBeRetried() {
        when(mapper.selectById(7L)).thenReturn(open(null));
        when(mapper.markRetried(anyLong(), anyString(), any())).thenReturn(1);

        assertThatThrownBy(() -> incidents.retry(7L, "admin")).isInstanceOf(DomainException.class);
        verify(timeline, never()).record(any(), any(), any(), any());
    }

    @Test
    void listsAPageOfAStatusAndNamesBadParameters() {
        incidents.list("OPEN", 2, 20);
        verify(mapper).selectByStatus("OPEN", 20, 40);

        assertThatThrownBy(() -> incidents.list("CLOSED", -1, 0))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                        .extracting(DomainException.FieldError::field)
                        .containsExactly("status", "page", "size"));
        when(mapper.countOpen("app-1")).thenReturn(1);
        assertThat(incidents.delayed("app-1")).isTrue();
        assertThat(incidents.delayed("app-2")).isFalse();
    }
}
