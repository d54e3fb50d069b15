package cq.assist.core.operations;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Counts for operators, read across the feature tables (read-only, no personal data). */
@Mapper
interface OperationsMapper {

    List<OperationalFigures.Count> countApplicationsByStatus();

    List<OperationalFigures.DepartmentTasks> countOpenTasksByDepartment(@Param("now") Instant now);

    /** Fails with a bad-SQL-grammar error while the monitoring feature's run table does not exist. */
    List<OperationalFigures.Count> countMonitoringRunsByStatus();
}
