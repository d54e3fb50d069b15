package cq.assist.webapi.payments;

import cq.assist.core.common.DomainException;
import cq.assist.core.common.DomainException.FieldError;
import cq.assist.core.payments.ReturnLine;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the bank's return file: an {@code .xlsx} workbook (first sheet) or a UTF-8 {@code .csv}, each row
 * line id, PAID or FAILED, reason. A first row whose first cell is not a number is a header and skipped;
 * empty rows are skipped. The kind is told from the bytes (an xlsx is a zip: {@code PK}), not the name.
 */
final class ReturnFileReader {

    private static final int MAX_ROWS = 200_000;

    private ReturnFileReader() {}

    static List<ReturnLine> read(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw DomainException.invalid(List.of(new FieldError("file", "payments.file.required")));
        }
        try {
            List<String[]> rows = bytes.length > 1 && bytes[0] == 'P' && bytes[1] == 'K' ? xlsx(bytes) : csv(bytes);
            List<ReturnLine> lines = new ArrayList<>();
            for (int i = 0; i < rows.size() && lines.size() < MAX_ROWS; i++) {
                String[] cells = rows.get(i);
                String first = cells.length > 0 ? cells[0].strip() : "";
                if (first.isEmpty() || (i == 0 && !first.matches("\\d+(\\.0)?"))) {
                    continue;
                }
                lines.add(
                        new ReturnLine(first, cells.length > 1 ? cells[1] : null, cells.length > 2 ? cells[2] : null));
            }
            return lines;
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof DomainException d) {
                throw d;
            }
            throw DomainException.invalid(List.of(new FieldError("file", "payments.file.unreadable")));
        }
    }

    private static List<String[]> xlsx(byte[] bytes) throws IOException {
        List<String[]> rows = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                String[] cells = new String[3];
                for (int c = 0; c < 3; c++) {
                    Cell cell = row.getCell(c);
                    cells[c] = cell == null ? "" : format.formatCellValue(cell);
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private static List<String[]> csv(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String[]> rows = new ArrayList<>();
        for (CSVRecord record : CSVFormat.DEFAULT.parse(new StringReader(text))) {
            String[] cells = new String[record.size()];
            for (int i = 0; i < record.size(); i++) {
                cells[i] = record.get(i);
            }
            rows.add(cells);
        }
        return rows;
    }
}
