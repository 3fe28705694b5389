package uk.councilprotocol.plans.report;

import java.time.LocalDate;
import java.util.List;

/**
 * The annual progress update to the Standards Committee, in the layout of seed 002: grouped by theme, each
 * action beside the progress described in the period, with its status and RAG.
 */
public record CommitteeReport(String planTitle,
                              String council,
                              LocalDate from,
                              LocalDate to,
                              LocalDate asOf,
                              int planProgress,
                              List<Section> sections) {

    public record Section(String theme, String lead, int progress, List<Line> lines) {
    }

    public record Line(String reference,
                       String action,
                       String owner,
                       String due,
                       String status,
                       String rag,
                       List<String> furtherDescription,
                       String evidence) {
    }

    public String period() {
        return ReportText.date(from) + " to " + ReportText.date(to);
    }
}
