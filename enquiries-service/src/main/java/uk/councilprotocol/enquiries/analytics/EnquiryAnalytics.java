package uk.councilprotocol.enquiries.analytics;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uk.councilprotocol.enquiries.councillors.Councillor;
import uk.councilprotocol.enquiries.councillors.CouncillorRepository;
import uk.councilprotocol.enquiries.deadlines.ResponseDeadlines;
import uk.councilprotocol.enquiries.hub.DeadlineChange;
import uk.councilprotocol.enquiries.hub.DeadlineChangeRepository;
import uk.councilprotocol.enquiries.hub.Enquiry;
import uk.councilprotocol.enquiries.hub.EnquiryAssignment;
import uk.councilprotocol.enquiries.hub.EnquiryAssignmentRepository;
import uk.councilprotocol.enquiries.hub.EnquiryRepository;
import uk.councilprotocol.platform.errors.InvalidInputException;
import uk.councilprotocol.platform.security.Caller;
import uk.councilprotocol.platform.security.Roles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.UUID;

/**
 * Protocol 9.1.2, the on-going review of Members' enquiries: per department, category, ward, councillor or month
 * of receipt. Enquiries reclassified as complaints (9.1.8) are left out. An enquiry split across departments
 * counts once in each.
 */
@Singleton
public class EnquiryAnalytics {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

    private final EnquiryRepository enquiries;
    private final EnquiryAssignmentRepository assignments;
    private final DeadlineChangeRepository changes;
    private final CouncillorRepository councillors;
    private final ResponseDeadlines deadlines;
    private final Clock clock;

    public EnquiryAnalytics(EnquiryRepository enquiries, EnquiryAssignmentRepository assignments,
                            DeadlineChangeRepository changes, CouncillorRepository councillors,
                            ResponseDeadlines deadlines, Clock clock) {
        this.enquiries = enquiries;
        this.assignments = assignments;
        this.changes = changes;
        this.councillors = councillors;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    public enum Dimension { DEPARTMENT, CATEGORY, WARD, COUNCILLOR, MONTH }

    @Serdeable
    public record Group(String group, int enquiries, int answered, double percentAnsweredOnTime,
                        double percentWithinRevisedDeadline, double medianWorkingDays, double p90WorkingDays,
                        int withHoldingReply, int openOverdue) {
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

    public Report report(Dimension by, Caller caller) {
        caller.require(Roles.HUB, Roles.ADMIN, Roles.STANDARDS, Roles.SERVICE);
        Instant now = clock.instant();
        Map<UUID, List<String>> departments = assignments.listOrderByAssignedAt().stream()
                .collect(Collectors.groupingBy(EnquiryAssignment::enquiryId,
                        Collectors.mapping(EnquiryAssignment::department, Collectors.toList())));
        Set<UUID> held = new HashSet<>();
        changes.findAll().forEach(c -> {
            if (DeadlineChange.HOLDING_REPLY.equals(c.kind())) {
                held.add(c.enquiryId());
            }
        });
        Map<String, String> names = new HashMap<>();
        councillors.findAll().forEach(c -> names.put(c.personId(), c.fullName()));
        Map<String, Tally> tallies = new TreeMap<>();
        for (Enquiry e : enquiries.listOrderByDueAt()) {
            if (e.status() == Enquiry.Status.RECLASSIFIED) {
                continue;
            }
            for (String group : groupsOf(e, by, departments, names)) {
                tallies.computeIfAbsent(group, g -> new Tally()).add(e, held.contains(e.id()), now);
            }
        }
        return new Report(by, tallies.entrySet().stream().map(t -> t.getValue().toGroup(t.getKey())).toList());
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

    private List<String> groupsOf(Enquiry e, Dimension by, Map<UUID, List<String>> departments,
                                  Map<String, String> names) {
        return switch (by) {
            case DEPARTMENT -> departments.getOrDefault(e.id(), List.of("(unassigned)"));
            case CATEGORY -> List.of(e.category());
            case WARD -> List.of(e.ward() == null ? "(none)" : e.ward());
            case COUNCILLOR -> List.of(names.getOrDefault(e.councillorId(), e.councillorId()));
            case MONTH -> List.of(MONTH.format(e.receivedAt().atZone(clock.getZone())));
        };
    }

    /** A leading =, +, - or @ is neutralised so a spreadsheet never runs a councillor's or ward's name as a formula. */
    private static String formulaSafe(String cell) {
        return !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    private final class Tally {
        private int enquiries;
        private int onTime;
        private int withinRevised;
        private int withHoldingReply;
        private int openOverdue;
        private final List<Integer> workingDays = new ArrayList<>();

        void add(Enquiry e, boolean heldOver, Instant now) {
            enquiries++;
            if (heldOver) {
                withHoldingReply++;
            }
            if (e.isOverdue(now)) {
                openOverdue++;
            }
            if (e.status() == Enquiry.Status.RESPONDED && e.respondedAt() != null) {
                var answeredOn = e.respondedAt().atZone(clock.getZone()).toLocalDate();
                workingDays.add(deadlines.workingDaysBetween(e.countsFrom(), answeredOn));
                if (!answeredOn.isAfter(e.originalDueDate())) {
                    onTime++;
                }
                if (!e.respondedAt().isAfter(e.dueAt())) {
                    withinRevised++;
                }
            }
        }

        Group toGroup(String name) {
            int answered = workingDays.size();
            Collections.sort(workingDays);
            return new Group(name, enquiries, answered, percent(onTime, answered), percent(withinRevised, answered),
                    percentile(50), percentile(90), withHoldingReply, openOverdue);
        }

        /** Nearest-rank percentile of working days taken; 0 when nothing was answered. */
        private double percentile(int p) {
            if (workingDays.isEmpty()) {
                return 0;
            }
            int rank = (int) Math.ceil(p / 100.0 * workingDays.size());
            return workingDays.get(Math.max(0, rank - 1));
        }

        private static double percent(int part, int whole) {
            return whole == 0 ? 0 : Math.round(1000.0 * part / whole) / 10.0;
        }
    }
}
