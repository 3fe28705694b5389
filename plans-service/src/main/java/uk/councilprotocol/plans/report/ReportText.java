package uk.councilprotocol.plans.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The small pieces of wording the HTML and Word versions of a report share. */
final class ReportText {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private ReportText() {
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    static String title(CommitteeReport report) {
        return report.planTitle() + ": progress update";
    }

    static String subtitle(CommitteeReport report) {
        return (report.council().isBlank() ? "" : report.council() + ". ") + "Progress recorded " + report.period()
                + "; status and RAG as at " + date(report.asOf()) + ". Overall progress " + report.planProgress() + "%.";
    }

    /** A theme's row: its name, its lead and how far its actions have come. */
    static String heading(CommitteeReport.Section section) {
        return section.theme() + (section.lead().isBlank() ? "" : " (lead: " + section.lead() + ")")
                + " \u2014 " + section.progress() + "% complete";
    }

    /** An action as the seed lists it: a bullet, its reference, its text. */
    static String action(CommitteeReport.Line line) {
        return "\u2022 " + (line.reference().isBlank() ? "" : line.reference() + ". ") + line.action();
    }

    static String details(CommitteeReport.Line line) {
        StringBuilder out = new StringBuilder();
        if (!line.owner().isBlank()) {
            out.append("Owner: ").append(line.owner());
        }
        if (!line.due().isBlank()) {
            out.append(out.length() == 0 ? "" : ". ").append("Due: ").append(line.due());
        }
        return out.toString();
    }

    static String noProgress() {
        return "No progress recorded in this period.";
    }

    /** RAG colours as committee papers print them. */
    static String colour(String rag) {
        return switch (rag) {
            case "Red" -> "D4351C";
            case "Amber" -> "F47738";
            case "Green" -> "00703C";
            case "Blue" -> "1D70B8";
            default -> "B1B4B6";
        };
    }
}
