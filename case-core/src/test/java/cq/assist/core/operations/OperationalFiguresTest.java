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
    void overdueIsCountedAtBusinessTimeAndAMissingRunsTableGivesNoRuns() {
        List<OperationalFigures.DepartmentTasks> tasks =
                List.of(new OperationalFigures.DepartmentTasks("CIVIL_AFFAIRS@500103", 5, 2));
        when(mapper.countOpenTasksByDepartment(CaseFixtures.NOW)).thenReturn(tasks);
        when(mapper.countMonitoringRunsByStatus()).thenThrow(new BadSqlGrammarException("runs", "SELECT", null));

        assertThat(figures.openTasksByDepartment()).isEqualTo(tasks);
        assertThat(figures.monitoringRunsByStatus()).isEmpty();
        assertThat(figures.applicationsByStatus()).isEmpty();
    }
}
