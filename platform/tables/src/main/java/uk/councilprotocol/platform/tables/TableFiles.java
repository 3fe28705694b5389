package uk.councilprotocol.platform.tables;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.util.function.Consumer;
import java.io.OutputStream;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A table as files to download (the console's compliance matrix, training-service's completions): CSV (Commons CSV) and an Excel workbook (Apache POI, streamed
 * a few rows at a time). The first row is the header.
 */
public final class TableFiles {
    public static final String CSV = "text/csv; charset=utf-8";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int ROWS_IN_MEMORY = 100;

    private TableFiles() {
    }

    /** A table's rows, header first, handed over one at a time (read a page at a time, or streamed from the database). */
    @FunctionalInterface
    public interface Rows {
        void forEach(Consumer<List<String>> row);
    }

    /**
     * RFC 4180 with CRLF, quoted where needed, a byte-order mark so Excel reads it as UTF-8, and a leading =, +, - or @
     * neutralised so a spreadsheet never runs a cell as a formula. Each row is written as it comes.
     */
    public static void csv(Rows rows, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL);
        writer.write('\uFEFF');
        try {
            rows.forEach(row -> {
                try {
                    printer.printRecord(row.stream().map(TableFiles::formulaSafe).toList());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        printer.flush();
    }

    /**
     * One sheet, the header row bold and frozen; every cell is text, so nothing is ever evaluated as a formula. POI
     * keeps {@value #ROWS_IN_MEMORY} rows in memory and the rest in its own temporary file.
     */
    public static void xlsx(String sheetName, Rows rows, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try {
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            int[] next = {0};
            rows.forEach(cells -> {
                int r = next[0]++;
                Row row = sheet.createRow(r);
                for (int c = 0; c < cells.size(); c++) {
                    row.createCell(c).setCellValue(cells.get(c));
                    if (r == 0) {
                        row.getCell(c).setCellStyle(header);
                    }
                }
            });
            sheet.createFreezePane(0, 1);
            workbook.write(out);
        } finally {
            workbook.dispose();
        }
    }

    private static String formulaSafe(String cell) {
        return !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
