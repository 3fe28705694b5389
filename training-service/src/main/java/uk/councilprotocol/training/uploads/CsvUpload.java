package uk.councilprotocol.training.uploads;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import uk.councilprotocol.platform.errors.FieldViolation;
import uk.councilprotocol.platform.errors.InvalidInputException;
import uk.councilprotocol.platform.errors.Validation;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A CSV file HR uploads (a roster, completions): columns recognised by header name in any order, case and spaces
 * aside; a header at fault refuses the whole file, naming each column; each line's cells come back trimmed, with
 * the line number a spreadsheet shows (the header is line 1) for naming a row's problems.
 *
 * @param file     what the file holds, for messages: "roster", "completions"
 * @param rowsName what a row is, in the plural: "people", "completions"
 */
public record CsvUpload(String file, String rowsName, List<String> required, List<String> optional, int maxRows) {
    private static final int MAX_CELL = 200;

    /** One line of the file: its number, its cells by column name, and a cell too long to read (if any). */
    public record Line(int number, Map<String, String> cells, List<FieldViolation> problems) {
    }

    /** Every line of the file, read at once: for a file of the size one call can hold. */
    public List<Line> read(String csv) {
        List<Line> lines = new ArrayList<>();
        forEachLine(csv, lines::add);
        return lines;
    }

    /**
     * Hands each line over as it is read, so a large file's lines (a map of cells each) need not all be held at
     * once: what the caller keeps of a line is up to it.
     */
    public void forEachLine(String csv, Consumer<Line> each) {
        if (csv == null || csv.isBlank()) {
            throw InvalidInputException.of("file", "is empty; expected a header line and then the " + rowsName);
        }
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL).setAllowMissingColumnNames(true).get()
                .parse(new StringReader(stripBom(csv)))) {
            Map<String, String> columns = checkHeader(parser.getHeaderNames());
            int count = 0;
            for (CSVRecord record : parser) {
                if (count++ >= maxRows) {
                    throw InvalidInputException.of("file", "has more than " + maxRows + " rows; split it");
                }
                each.accept(line(record, columns));
            }
            if (count == 0) {
                throw InvalidInputException.of("file", "has a header but no " + rowsName);
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw InvalidInputException.of("file", "is not valid CSV: " + e.getMessage());
        }
    }

    /** Maps each known column to the header as written in the file; rejects missing and unknown columns. */
    private Map<String, String> checkHeader(List<String> headers) {
        Map<String, String> columns = new HashMap<>();
        Validation check = Validation.forRow(1);
        Set<String> known = new LinkedHashSet<>(required);
        known.addAll(optional);
        for (String header : headers) {
            String normalised = header.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
            if (!known.contains(normalised)) {
                check.reject(header, "is not a " + file + " column; expected some of " + known);
            } else if (columns.putIfAbsent(normalised, header) != null) {
                check.reject(header, "appears twice");
            }
        }
        for (String column : required) {
            if (!columns.containsKey(column)) {
                check.reject(column, "column is missing; the header must include " + required);
            }
        }
        check.throwIfInvalid();
        return columns;
    }

    private static Line line(CSVRecord record, Map<String, String> columns) {
        int number = (int) record.getRecordNumber() + 1;
        Validation check = Validation.forRow(number);
        Map<String, String> cells = new HashMap<>();
        columns.forEach((column, header) -> {
            String value = record.isSet(header) ? record.get(header) : "";
            if (value.length() > MAX_CELL) {
                check.reject(column, "is longer than " + MAX_CELL + " characters");
                value = "";
            }
            cells.put(column, value.strip());
        });
        return new Line(number, cells, check.violations());
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
