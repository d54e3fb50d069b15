package cq.assist.core.itemcase;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The open, working-day-counted steps of item cases, for recomputing their due times. */
@Mapper
interface DueDateMapper {

    /** Up to {@code limit} open steps with a task (public notices excluded), by case id after {@code afterId}. */
    List<OpenStep> selectOpenSteps(@Param("afterId") String afterId, @Param("limit") int limit);

    /** Sets the due time of each case's open step. */
    void updateDueAt(@Param("steps") List<OpenStep> steps);

    /**
     * One open step.
     *
     * @param caseId item case
     * @param step the step ({@code HOME_VISIT}, ...)
     * @param since when the step began (business time)
     * @param dueAt its due time
     * @param processInstanceId the item process
     */
    record OpenStep(String caseId, String step, Instant since, Instant dueAt, String processInstanceId) {}
}
