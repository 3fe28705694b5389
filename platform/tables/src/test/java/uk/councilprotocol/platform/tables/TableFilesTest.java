package uk.councilprotocol.platform.tables;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TableFilesTest {
    static final List<List<String>> TABLE = List.of(
            List.of("id", "name", "department", "Nolan Principles"),
            List.of("EM-0001", "Carter, Ollie", "Environment and Place", "Done"),
            List.of("EM-0002", "Line one\r\nline \"two\"", "=HYPERLINK(\"http://evil\")", "Overdue"),
            List.of("EM-0003", "@Sam", "+44 7700", "-"));

    /** The file as the console writes it: the table's rows handed over one at a time. */
    static byte[] csv(List<List<String>> table) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TableFiles.csv(table::forEach, bytes);
        return bytes.toByteArray();
    }

    static byte[] xlsx(String sheetName, List<List<String>> table) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TableFiles.xlsx(sheetName, table::forEach, bytes);
        return bytes.toByteArray();
    }

    @Test
    void csvReadsBackCellForCellWithFormulasNeutralised() throws Exception {
        String text = new String(csv(TABLE), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFid,name,department,Nolan Principles\r\n");
        List<CSVRecord> records = CSVFormat.EXCEL.parse(new StringReader(text.substring(1))).getRecords();
        assertThat(records).hasSize(4);
        assertThat(records.get(1).toList()).containsExactly("EM-0001", "Carter, Ollie", "Environment and Place", "Done");
        assertThat(records.get(2).toList()).containsExactly("EM-0002", "Line one\r\nline \"two\"", "'=HYPERLINK(\"http://evil\")", "Overdue");
        assertThat(records.get(3).toList()).containsExactly("EM-0003", "'@Sam", "'+44 7700", "'-");
    }

    @Test
    void excelHasOneSheetWithABoldHeaderAndEveryCellAsText() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx("Training compliance", TABLE)))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            Sheet sheet = workbook.getSheet("Training compliance");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            Row header = sheet.getRow(0);
            assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(workbook.getFontAt(sheet.getRow(1).getCell(0).getCellStyle().getFontIndex()).getBold()).isFalse();
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Line one\r\nline \"two\"");
            assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://evil\")");
            assertThat(sheet.getRow(2).getCell(2).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        }
    }

    @Test
    void aSheetNameExcelWouldRefuseIsMadeSafe() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx("Compliance: Q1/Q2 [draft]", TABLE)))) {
            assertThat(workbook.getSheetName(0)).doesNotContain(":", "/", "[", "]");
        }
    }
}
