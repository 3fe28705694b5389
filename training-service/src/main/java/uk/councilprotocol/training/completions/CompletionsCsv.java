package uk.councilprotocol.training.completions;

import uk.councilprotocol.platform.errors.FieldViolation;
import uk.councilprotocol.platform.errors.InvalidInputException;
import uk.councilprotocol.training.uploads.CsvUpload;

import java.util.List;

/**
 * HR's completions upload: one completion a line, columns {@code person_id, course_code, completed_on, provider}
 * and optionally {@code evidence_reference} (what a learning system exports, or a spreadsheet kept by hand).
 */
final class CompletionsCsv {
    private static final CsvUpload UPLOAD = new CsvUpload("completions", "completions",
            List.of("person_id", "course_code", "completed_on", "provider"), List.of("evidence_reference"), BulkCompletions.MAX_ROWS);

    /** The first line below the header is line 2, as a spreadsheet numbers it. */
    static final int FIRST_ROW = 2;

    private CompletionsCsv() {
    }

    /**
     * The rows as requests, in the file's order. A cell too long to be any of these columns means the file is not
     * what it should be (the wrong file, or a column shifted): the whole upload is refused, naming every such cell.
     */
    static List<CompletionRequest> parse(String csv) {
        List<CsvUpload.Line> lines = UPLOAD.read(csv);
        List<FieldViolation> unreadable = lines.stream().flatMap(line -> line.problems().stream()).toList();
        if (!unreadable.isEmpty()) {
            throw new InvalidInputException(unreadable);
        }
        return lines.stream().map(line -> new CompletionRequest(line.cells().get("person_id"),
                line.cells().get("course_code"), line.cells().get("completed_on"), line.cells().get("provider"),
                line.cells().get("evidence_reference"))).toList();
    }
}
