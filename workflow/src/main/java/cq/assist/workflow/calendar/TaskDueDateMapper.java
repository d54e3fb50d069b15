package cq.assist.workflow.calendar;

import cq.assist.core.itemcase.MovedDueDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * Moves the due date of the open user task of item processes ({@code ACT_RU_TASK.DUE_DATE_}) in one
 * statement per chunk. Flowable keeps no cache of running tasks between commands, so the next query sees
 * the new date; an item process has one open user task at a time.
 */
@Mapper
interface TaskDueDateMapper {

    int updateDueDates(@Param("steps") List<MovedDueDate> steps);
}
