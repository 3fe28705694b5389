package uk.councilprotocol.plans.report;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import uk.councilprotocol.platform.grpc.Protos;
import uk.councilprotocol.platform.errors.InvalidInputException;
import uk.councilprotocol.platform.errors.Validation;
import uk.councilprotocol.platform.tables.PagePdf;
import uk.councilprotocol.plans.actions.Action;
import uk.councilprotocol.plans.actions.EvidenceLink;
import uk.councilprotocol.plans.actions.ProgressUpdate;
import uk.councilprotocol.plans.evidence.EvidenceReader;
import uk.councilprotocol.plans.evidence.EvidenceReading;
import uk.councilprotocol.plans.tree.PlanTrees;
import uk.councilprotocol.plans.tree.PlanTree;
import uk.councilprotocol.plans.plan.Theme;
import uk.councilprotocol.plans.standings.Standing;
import uk.councilprotocol.plans.standings.Standings;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.time.ZoneOffset;

/** Builds the Standards Committee report of a plan for a period, as HTML or Word. */
@Singleton
public class CommitteeReports {
    static final java.util.Set<String> FORMATS = java.util.Set.of("html", "docx", "pdf");
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final PlanTrees trees;
    private final EvidenceReader evidence;
    private final Standings standings;
    private final Clock clock;

    public CommitteeReports(PlanTrees trees, EvidenceReader evidence, Standings standings, Clock clock) {
        this.standings = standings;
        this.trees = trees;
        this.evidence = evidence;
        this.clock = clock;
    }

    public record Rendered(String contentType, byte[] content, String fileName) {
    }

    /** {@code from}/{@code to} default to the twelve months up to today: the committee's annual update. */
    public Rendered render(UUID planId, @Nullable String from, @Nullable String to, @Nullable String format) {
        Validation check = Validation.start();
        LocalDate start = check.date("from", from, false);
        LocalDate end = check.date("to", to, false);
        String kind = Validation.optional(format) == null ? "html" : format.strip().toLowerCase(Locale.ROOT);
        if (!FORMATS.contains(kind)) {
            check.reject("format", "must be html, docx or pdf");
        }
        check.throwIfInvalid();
        LocalDate today = LocalDate.now(clock);
        LocalDate last = end == null ? today : end;
        LocalDate first = start == null ? last.minusYears(1).plusDays(1) : start;
        if (first.isAfter(last)) {
            throw InvalidInputException.of("from", "is after 'to'");
        }
        CommitteeReport report = build(trees.tree(planId), first, last, today);
        String name = "committee-report-" + first + "-to-" + last;
        return switch (kind) {
            case "docx" -> new Rendered(DOCX, ReportDocx.render(report), name + ".docx");
            // the same page the committee reads on screen, printed: one layout to keep
            case "pdf" -> new Rendered("application/pdf", PagePdf.of(ReportHtml.render(report)), name + ".pdf");
            default -> new Rendered("text/html;charset=utf-8", ReportHtml.render(report).getBytes(StandardCharsets.UTF_8), name + ".html");
        };
    }

    /**
     * A period that ended before today shows each action as it stood at the period's end (its kept standing); one
     * with none kept by then shows as it stands now, and says so.
     */
    CommitteeReport build(PlanTree tree, LocalDate from, LocalDate to, LocalDate today) {
        Map<String, EvidenceReading> read = new HashMap<>();
        boolean past = to.isBefore(today);
        Map<UUID, Standing> stood = past ? standings.asAt(tree.actions().stream().map(Action::id).toList(), to) : Map.of();
        List<CommitteeReport.Section> sections = new ArrayList<>();
        for (Theme theme : tree.themes()) {
            List<CommitteeReport.Line> lines = new ArrayList<>();
            for (Action action : tree.actionsOf(theme)) {
                List<String> further = tree.updatesOf(action).stream()
                        .filter(u -> !u.recordedOn().isBefore(from) && !u.recordedOn().isAfter(to))
                        .map(CommitteeReports::describe).toList();
                Standing then = stood.get(action.id());
                String status;
                String rag;
                String figure;
                if (then != null) {
                    status = words(then.status());
                    rag = words(then.rag());
                    figure = then.evidence();
                } else {
                    EvidenceLink link = tree.evidence().get(action.id());
                    EvidenceReading reading = link == null ? null : evidence.read(link, read);
                    figure = reading == null ? "" : reading.describedAs() + readAt(reading);
                    status = words(action.status().name()) + (past ? " (as now: not kept by then)" : "");
                    rag = words(action.rag(today).name());
                }
                lines.add(new CommitteeReport.Line(Protos.orEmpty(action.reference()), action.text(), Protos.orEmpty(action.ownerText()),
                        action.dueText(), status, rag, further, figure));
            }
            if (!lines.isEmpty()) {
                sections.add(new CommitteeReport.Section(theme.name(), Protos.orEmpty(theme.leadName()), tree.themeProgress(theme), lines));
            }
        }
        return new CommitteeReport(tree.plan().title(), Protos.orEmpty(tree.plan().councilName()), from, to, past ? to : today,
                tree.planProgress(), sections);
    }

    private static String describe(ProgressUpdate update) {
        return update.narrative() + " (" + update.author() + ", " + ReportText.date(update.recordedOn()) + ")";
    }

    private static String readAt(EvidenceReading reading) {
        return reading.readAt() == null ? "" : ", read " + ReportText.date(LocalDate.ofInstant(reading.readAt(), ZoneOffset.UTC));
    }

    /** "NOT_STARTED" → "Not started"; "NOT_RATED" → "Not rated". */
    static String words(String name) {
        String lower = name.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

}
