package cq.assist.workflow.task;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

/**
 * The staff inbox as one SQL query: the open item cases of the caller's candidate groups
 * ({@code item_case.task_group}, kept by {@code ItemCaseSteps} as each user task begins), read in index
 * order ({@code idx_item_case_inbox_due}, {@code idx_item_case_inbox_since}), each joined with its open
 * task in Flowable's {@code ACT_RU_TASK} and its {@code application}: a fixed number of statements per
 * page whatever its size (one for the rows, one for the count), and no sort of the whole inbox; at
 * 1,000,000 open tasks a page takes a few milliseconds (BENCHMARKS.md, issue 10).
 */
@Mapper
interface TaskInboxMapper {

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
     * @param step only cases at this step ({@code item_case.current_step}, a {@code Step} name), or null
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
            String step,
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
