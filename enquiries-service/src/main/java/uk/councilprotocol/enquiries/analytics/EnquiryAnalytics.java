package uk.councilprotocol.enquiries.analytics;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uk.councilprotocol.enquiries.deadlines.ResponseDeadlines;
import uk.councilprotocol.platform.errors.InvalidInputException;
import uk.councilprotocol.platform.errors.Validation;
import uk.councilprotocol.platform.security.Caller;
import uk.councilprotocol.platform.security.Roles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Protocol 9.1.2, the on-going review of Members' enquiries: per department, category, ward, councillor or month
 * of receipt. Enquiries reclassified as complaints (9.1.8) are left out. An enquiry split across departments
 * counts once in each. Counted in PostgreSQL ({@link AnalyticsTallies}): one row per group comes back however many
 * enquiries the council has had.
 */
@Singleton
public class EnquiryAnalytics {
    private final AnalyticsTallies tallies;
    private final ResponseDeadlines deadlines;
    private final Clock clock;

    public EnquiryAnalytics(AnalyticsTallies tallies, ResponseDeadlines deadlines, Clock clock) {
        this.tallies = tallies;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    public enum Dimension { DEPARTMENT, CATEGORY, WARD, COUNCILLOR, MONTH }

    @Serdeable
    public record Group(String group, int enquiries, int answered, double percentAnsweredOnTime,
                        double percentWithinRevisedDeadline, double medianWorkingDays, double p90WorkingDays,
                        int withHoldingReply, int openOverdue) {

        /** A group from its counts: the percentages are of the enquiries answered, to one decimal place. */
        static Group of(String group, int enquiries, int answered, int onTime, int withinRevised, double median,
                        double p90, int withHoldingReply, int openOverdue) {
            return new Group(group, enquiries, answered, percent(onTime, answered), percent(withinRevised, answered),
                    median, p90, withHoldingReply, openOverdue);
        }

        private static double percent(int part, int whole) {
            return whole == 0 ? 0 : Math.round(1000.0 * part / whole) / 10.0;
        }
    }

    @Serdeable
    public record Report(Dimension groupBy, List<Group> groups) {
    }

    public static Dimension dimension(String by) {
        try {
            return by == null || by.isBlank() ? Dimension.DEPARTMENT : Dimension.valueOf(by.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("by", "'" + by + "' is not one of department, category, ward, councillor, month");
        }
    }

    /** The whole council's figures, for the Hub, the Monitoring Officer, the administrator and their systems. */
    public Report report(Dimension by, Caller caller) {
        return report(by, null, null, caller);
    }

    /**
     * The figures for enquiries received from {@code from} to {@code to} (ISO dates, both included; blank: open):
     * the whole council's for the Hub, the MO and the administrator, a department's own (the enquiries assigned to it)
     * for its officers and its systems.
     */
    public Report report(Dimension by, @Nullable String from, @Nullable String to, Caller caller) {
        List<String> departments = null;
        if (!caller.hasAny(Roles.HUB, Roles.ADMIN, Roles.STANDARDS)) {
            if (caller.departments().isEmpty()) {
                // a system's own token reads the whole council's (plans' live evidence); anyone else is refused
                caller.require(Roles.HUB, Roles.ADMIN, Roles.STANDARDS, Roles.SERVICE);
            } else {
                departments = List.copyOf(caller.departments());
            }
        }
        Validation check = Validation.start();
        LocalDate first = check.date("from", from, false);
        LocalDate last = check.date("to", to, false);
        if (first != null && last != null && last.isBefore(first)) {
            check.reject("to", "must not be before from (" + first + ")");
        }
        check.throwIfInvalid();
        AnalyticsTallies.Scope scope = new AnalyticsTallies.Scope(first == null ? null : first.atStartOfDay(clock.getZone()).toInstant(),
                last == null ? null : last.plusDays(1).atStartOfDay(clock.getZone()).toInstant(), departments);
        return new Report(by, tallies.by(by, scope, clock.instant(), clock.getZone(), this::closedWeekdays));
    }

    /** The weekdays between two dates (inclusive) on which the council does not work: its bank holidays. */
    private List<LocalDate> closedWeekdays(LocalDate from, LocalDate to) {
        List<LocalDate> closed = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() < 6 && !deadlines.isWorkingDay(day)) {
                closed.add(day);
            }
        }
        return closed;
    }

    /** The report as CSV (RFC 4180), one row per group, for spreadsheets; a group's name is never read as a formula. */
    public String csv(Report report) {
        StringBuilder csv = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180)) {
            printer.printRecord(report.groupBy().name().toLowerCase(Locale.ROOT), "enquiries", "answered",
                    "percent_answered_on_time", "percent_within_revised_deadline", "median_working_days", "p90_working_days",
                    "with_holding_reply", "open_overdue");
            for (Group g : report.groups()) {
                printer.printRecord(formulaSafe(g.group()), g.enquiries(), g.answered(), g.percentAnsweredOnTime(),
                        g.percentWithinRevisedDeadline(), g.medianWorkingDays(), g.p90WorkingDays(), g.withHoldingReply(), g.openOverdue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return csv.toString();
    }

    /** A leading =, +, - or @ is neutralised so a spreadsheet never runs a councillor's or ward's name as a formula. */
    private static String formulaSafe(String cell) {
        return !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
