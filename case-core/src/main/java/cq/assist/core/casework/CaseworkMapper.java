package cq.assist.core.casework;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Read models of the staff side: scope checks and the dashboard. */
@Mapper
interface CaseworkMapper {

    /** Cases of the application handled by this department. */
    int countCasesOfDepartment(@Param("applicationId") String applicationId, @Param("department") String department);

    List<Count> selectApplicationsByStatus();

    List<ItemCount> selectCasesByItemAndStatus();

    List<Count> selectBacklogByDepartment();

    int countOverdue(Instant now);

    /** Decided cases an applicant applied for: submission and decision times. */
    List<Decided> selectDecided();

    /** A count per key. */
    record Count(String name, Long total) {}

    /** A count per item and status. */
    record ItemCount(String itemCode, String status, Long total) {}

    /** One decided case. */
    record Decided(Instant submittedAt, Instant decidedAt) {}
}
