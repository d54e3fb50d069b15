package cq.assist.webapi.payments;

import cq.assist.core.payments.BankFileLine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The bank file of a roll as an {@code .xlsx} workbook (Apache POI, streaming): one header row, then per
 * line 明细编号 (line id), 月份, 收款人, 身份证号, 事项代码, 事项, 社区, 金额（元）, 收款账号 (payee account, in full), 开户银行 (its bank). Amounts are text with two
 * decimals so no spreadsheet rounds them. The bank's return file names the same line ids.
 */
final class BankFileWorkbook {

    /** Message keys of the column headings, in column order; the bank's format is Chinese whatever the reader's. */
    static final List<String> HEADINGS = List.of(
            "payments.bankFile.lineId",
            "payments.bankFile.month",
            "payments.bankFile.payee",
            "payments.bankFile.idNumber",
            "payments.bankFile.itemCode",
            "payments.bankFile.item",
            "payments.bankFile.community",
            "payments.bankFile.amount",
            "payments.bankFile.account",
            "payments.bankFile.bank");

    private BankFileWorkbook() {}

    static byte[] write(List<BankFileLine> lines, Function<String, String> text) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            Sheet sheet = book.createSheet(text.apply("payments.bankFile.sheet"));
            Row head = sheet.createRow(0);
            for (int i = 0; i < HEADINGS.size(); i++) {
                head.createCell(i).setCellValue(text.apply(HEADINGS.get(i)));
            }
            int r = 1;
            for (BankFileLine l : lines) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(Long.toString(l.lineId()));
                row.createCell(1).setCellValue(l.month());
                row.createCell(2).setCellValue(l.payeeName() == null ? "" : l.payeeName());
                row.createCell(3).setCellValue(l.payeeIdNumber() == null ? "" : l.payeeIdNumber());
                row.createCell(4).setCellValue(l.itemCode());
                row.createCell(5).setCellValue(l.itemName());
                row.createCell(6).setCellValue(l.communityCode());
                row.createCell(7)
                        .setCellValue(l.amount()
                                .setScale(2, java.math.RoundingMode.HALF_UP)
                                .toPlainString());
                row.createCell(8).setCellValue(l.payeeAccount());
                row.createCell(9).setCellValue(l.payeeBank() == null ? "" : l.payeeBank());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            book.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
