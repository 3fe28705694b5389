package uk.councilprotocol.console.compliance;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The people × courses matrix as files to download: CSV (Commons CSV) and an Excel workbook (Apache POI, streamed
 * a few rows at a time). The first row is the header.
 */
final class MatrixExport {
    static final String CSV = "text/csv; charset=utf-8";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int ROWS_IN_MEMORY = 100;

    private MatrixExport() {
    }

    /**
     * RFC 4180 with CRLF, quoted where needed, a byte-order mark so Excel reads it as UTF-8, and a leading =, +, - or @
     * neutralised so a spreadsheet never runs a cell as a formula.
     */
    static byte[] csv(List<List<String>> table) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL)) {
            writer.write('\uFEFF');
            for (List<String> row : table) {
                printer.printRecord(row.stream().map(MatrixExport::formulaSafe).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** One sheet, the header row bold and frozen; every cell is text, so nothing is ever evaluated as a formula. */
    static byte[] xlsx(String sheetName, List<List<String>> table) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try {
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            for (int r = 0; r < table.size(); r++) {
                Row row = sheet.createRow(r);
                List<String> cells = table.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    row.createCell(c).setCellValue(cells.get(c));
                    if (r == 0) {
                        row.getCell(c).setCellStyle(header);
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }

    private static String formulaSafe(String cell) {
        return !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
