package cq.assist.webapi.task;

import cq.assist.core.time.BusinessClock;
import cq.assist.workflow.task.TaskView;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Writes inbox rows as one sheet of an {@code .xlsx} workbook (streaming, so memory stays flat). */
final class InboxWorkbook {

    static final List<String> HEADINGS = List.of(
            "task.export.applicationNo",
            "task.export.itemCode",
            "task.export.step",
            "task.export.department",
            "task.export.regionCode",
            "task.export.assignee",
            "task.export.createdAt",
            "task.export.dueAt",
            "task.export.overdue");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private InboxWorkbook() {}

    /**
     * The workbook bytes.
     *
     * @param text resolves a message key to the heading text
     */
    static byte[] write(List<TaskView> rows, UnaryOperator<String> text) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            Sheet sheet = book.createSheet(text.apply("task.export.sheet"));
            Row head = sheet.createRow(0);
            for (int i = 0; i < HEADINGS.size(); i++) {
                head.createCell(i).setCellValue(text.apply(HEADINGS.get(i)));
            }
            int r = 1;
            for (TaskView t : rows) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(nullToEmpty(t.applicationNo()));
                row.createCell(1).setCellValue(nullToEmpty(t.itemCode()));
                row.createCell(2).setCellValue(nullToEmpty(t.step()));
                row.createCell(3).setCellValue(nullToEmpty(t.department()));
                row.createCell(4).setCellValue(nullToEmpty(t.regionCode()));
                row.createCell(5).setCellValue(nullToEmpty(t.assignee()));
                row.createCell(6).setCellValue(time(t.createdAt()));
                row.createCell(7).setCellValue(time(t.dueAt()));
                row.createCell(8).setCellValue(text.apply(t.overdue() ? "task.export.yes" : "task.export.no"));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(BusinessClock.ZONE));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
