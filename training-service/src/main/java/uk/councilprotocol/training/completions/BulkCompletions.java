package uk.councilprotocol.training.completions;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import uk.councilprotocol.platform.errors.FieldViolation;
import uk.councilprotocol.platform.errors.InvalidInputException;
import uk.councilprotocol.platform.security.Caller;

import java.util.ArrayList;
import java.util.List;

/**
 * Many completions at once — a department's sync over gRPC, HR's CSV upload — recorded {@value #BATCH} rows to a
 * transaction (one commit, not one per row), what the rows name read once for the batch ({@link CompletionLookups})
 * and their events written as one statement: what makes a bulk call fast. Each row stands alone and is idempotent,
 * so a sync that failed half way is simply sent again.
 */
@Singleton
public class BulkCompletions {
    public static final int MAX_ROWS = 10_000;
    static final int BATCH = 500;

    private final CompletionService completions;

    public BulkCompletions(CompletionService completions) {
        this.completions = completions;
    }

    /** What a bulk call did: rows recorded, rows already recorded before, and every problem of the rows refused. */
    @Serdeable
    public record Report(int rows, int recorded, int alreadyRecorded, List<FieldViolation> problems) {
        static final Report EMPTY = new Report(0, 0, 0, List.of());

        Report with(CompletionService.Recorded one) {
            return new Report(rows + 1, recorded + (one.alreadyRecorded() ? 0 : 1), alreadyRecorded + (one.alreadyRecorded() ? 1 : 0),
                    problems);
        }

        Report refused(List<FieldViolation> found) {
            List<FieldViolation> all = new ArrayList<>(problems);
            all.addAll(found);
            return new Report(rows + 1, recorded, alreadyRecorded, List.copyOf(all));
        }

        Report plus(Report other) {
            List<FieldViolation> all = new ArrayList<>(problems);
            all.addAll(other.problems);
            return new Report(rows + other.rows, recorded + other.recorded, alreadyRecorded + other.alreadyRecorded, List.copyOf(all));
        }
    }

    /** @param firstRow the number the first row is known by: 1 for a call's first message, 2 below a CSV header */
    public Report record(List<CompletionRequest> rows, int firstRow, Caller caller) {
        if (rows.size() > MAX_ROWS) {
            throw InvalidInputException.of("rows", rows.size() + " rows in one call; send at most " + MAX_ROWS + " a call");
        }
        Report report = Report.EMPTY;
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<CompletionRequest> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
            report = report.plus(completions.recordEach(batch, firstRow + from, caller));
        }
        return report;
    }
}
