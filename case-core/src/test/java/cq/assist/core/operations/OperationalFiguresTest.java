package cq.assist.core.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cq.assist.core.fixtures.CaseFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.BadSqlGrammarException;

/** The figures the metrics export: applications by status, open and overdue tasks by department, monitoring runs. */
class OperationalFiguresTest {

    private final OperationsMapper mapper = mock(OperationsMapper.class);
    private final OperationalFigures figures = new OperationalFigures(mapper, CaseFixtures.clock());

    @Test
    void overdueIsCountedAtBusinessTimeAndRunsArePassedOn() {
        List<OperationalFigures.DepartmentTasks> tasks =
                List.of(new OperationalFigures.DepartmentTasks("CIVIL_AFFAIRS@500103", 5, 2));
        when(mapper.countOpenTasksByDepartment(CaseFixtures.NOW)).thenReturn(tasks);
        List<OperationalFigures.Count> runs = List.of(new OperationalFigures.Count("DONE", 3));
        when(mapper.countMonitoringRunsByStatus()).thenReturn(runs);

        assertThat(figures.openTasksByDepartment()).isEqualTo(tasks);
        assertThat(figures.monitoringRunsByStatus()).isEqualTo(runs);
        assertThat(figures.applicationsByStatus()).isEmpty();
    }

    @Test
    void aFailingReadOfTheRunsIsNotTakenForNoRuns() {
        when(mapper.countMonitoringRunsByStatus()).thenThrow(new BadSqlGrammarException("runs", "SELECT", null));

        org.assertj.core.api.Assertions.assertThatThrownBy(figures::monitoringRunsByStatus)
                .isInstanceOf(BadSqlGrammarException.class);
    }
}
