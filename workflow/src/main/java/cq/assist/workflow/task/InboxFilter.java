package cq.assist.workflow.task;

import cq.assist.core.common.Paging;
import cq.assist.core.itemcase.Step;

/**
 * Filters, order and page of {@code GET /tasks} (API.md).
 *
 * @param itemCode only this item (e.g. {@code DIBAO}), or null
 * @param step only this step, or null
 * @param overdue true: only overdue; false: only not overdue; null: both
 * @param applicationNo only this application number ({@code q}), or null
 * @param sortByDue order by due time instead of creation time (both oldest first)
 * @param page page number from 0
 * @param size page size, 1 to {@value #MAX_SIZE}
 */
public record InboxFilter(
        String itemCode, Step step, Boolean overdue, String applicationNo, boolean sortByDue, int page, int size) {

    /** Largest page. */
    public static final int MAX_SIZE = 100;
    /** Default page size. */
    public static final int DEFAULT_SIZE = 20;
    /** Largest page number accepted: the one limit of every paged list ({@link Paging#MAX_PAGE}). */
    public static final int MAX_PAGE = Paging.MAX_PAGE;

    /** Every open task, oldest first, first page of the largest size. */
    public static InboxFilter all() {
        return new InboxFilter(null, null, null, null, false, 0, MAX_SIZE);
    }

    long offset() {
        return new Paging(page, size).offset();
    }
}
