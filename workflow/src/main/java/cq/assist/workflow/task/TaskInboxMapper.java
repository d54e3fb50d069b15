package cq.assist.workflow.task;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

/**
 * The staff inbox as one SQL query over Flowable's runtime tables ({@code ACT_RU_TASK},
 * {@code ACT_RU_IDENTITYLINK}) joined with {@code item_case} and {@code application}: a fixed number of
 * statements per page whatever its size (one for the rows, one for the count).
 */
@Mapper
public interface TaskInboxMapper {

    /** One page of open tasks matching the query. */
    List<InboxRow> selectPage(InboxQuery query);

    /** How many open tasks match the query (all pages). */
    long count(InboxQuery query);

    /** One open task in any scope (the caller's scope is checked on the group afterwards). */
    InboxRow selectByTaskId(String taskId);

    /**
     * What to list.
     *
     * @param groups candidate groups of the caller (never empty)
     * @param itemCode only this item, or null
     * @param taskKey only this BPMN task id (step), or null
     * @param overdue true: due before {@code now}; false: not yet due; null: both
     * @param now the business time overdue is measured against
     * @param applicationNo only this application number, or null
     * @param sortByDue order by due time (else by creation), oldest first, then task id
     * @param limit page size
     * @param offset rows skipped
     */
    record InboxQuery(
            List<String> groups,
            String itemCode,
            String taskKey,
            Boolean overdue,
            Instant now,
            String applicationNo,
            boolean sortByDue,
            int limit,
            long offset) {}

    /** One open task with its case and application. */
    record InboxRow(
            String taskId,
            String taskKey,
            String assignee,
            Instant createdAt,
            Instant dueAt,
            String groupId,
            String caseId,
            String applicationId,
            String applicationNo,
            String itemCode,
            String communityCode) {}
}
