package cq.assist.webapi.task;

import cq.assist.core.audit.AuditActions;
import cq.assist.core.audit.AuditEntry;
import cq.assist.core.audit.AuditRecorder;
import cq.assist.web.security.Caller;
import cq.assist.workflow.task.InboxFilter;
import cq.assist.workflow.task.InboxPage;
import cq.assist.workflow.task.StaffTasks;
import cq.assist.workflow.task.TaskScope;
import cq.assist.workflow.task.TaskView;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/tasks/export}: the whole filtered inbox (same query as {@code GET /tasks}, page and size
 * ignored, at most {@value #MAX_ROWS} rows) as an {@code .xlsx} workbook written by Apache POI. Column
 * headings come from the message bundle; times are shown in Asia/Shanghai. Every export is audited
 * ({@link AuditActions#EXPORT}): who, the filter and how many rows left the system.
 */
@RestController
class TaskExportController {

    /** Most rows one export carries. */
    static final int MAX_ROWS = 10_000;

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final StaffTasks tasks;
    private final MessageSource messages;
    private final AuditRecorder audit;

    TaskExportController(StaffTasks tasks, MessageSource messages, AuditRecorder audit) {
        this.tasks = tasks;
        this.messages = messages;
        this.audit = audit;
    }

    @GetMapping("/api/v1/tasks/export")
    ResponseEntity<byte[]> export(Caller caller, InboxParameters query) {
        InboxFilter first = query.toFilter(true);
        TaskScope scope = TaskController.scope(caller);
        List<TaskView> rows = new ArrayList<>();
        long total = 0;
        for (int page = 0; rows.size() < MAX_ROWS; page++) {
            InboxFilter filter = new InboxFilter(
                    first.itemCode(),
                    first.step(),
                    first.overdue(),
                    first.applicationNo(),
                    first.sortByDue(),
                    page,
                    InboxFilter.MAX_SIZE);
            InboxPage slice = tasks.page(scope, filter);
            rows.addAll(slice.tasks());
            total = slice.total();
            if (slice.tasks().size() < InboxFilter.MAX_SIZE) {
                break;
            }
        }
        byte[] body = InboxWorkbook.write(rows, this::text);
        audit.record(new AuditEntry(
                caller.subject(),
                caller.roles().isEmpty() ? "NONE" : String.join(",", new java.util.TreeSet<>(caller.roles())),
                AuditActions.EXPORT,
                "INBOX",
                "tasks.xlsx",
                "rows=" + rows.size() + " total=" + total + " itemCode=" + first.itemCode() + " step=" + first.step()
                        + " overdue=" + first.overdue() + " applicationNo=" + first.applicationNo(),
                null));
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(TaskController.TOTAL_COUNT, Long.toString(total))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("tasks.xlsx")
                                .build()
                                .toString())
                .body(body);
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
