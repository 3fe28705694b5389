package uk.councilprotocol.plans.actions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.councilprotocol.platform.audit.AuditChanges;
import uk.councilprotocol.platform.errors.InvalidInputException;
import uk.councilprotocol.platform.errors.Validation;
import uk.councilprotocol.platform.security.Caller;
import uk.councilprotocol.plans.duedates.DueDate;
import uk.councilprotocol.plans.duedates.DueDateParser;
import uk.councilprotocol.plans.duedates.Precision;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

/** Everything that changes an action after import; each change is stored with its event in one transaction. */
@Singleton
public class ActionChanges {
    static final int MAX_NARRATIVE = 10_000;

    private final ActionRepositories.Actions actions;
    private final ActionRepositories.ProgressUpdates progress;
    private final ActionRepositories.EvidenceLinks evidence;
    private final ActionEvents events;
    private final PlanAccess access;
    private final DueDateParser dueDates;
    private final ActionTimeline timeline;
    private final Clock clock;

    public ActionChanges(ActionRepositories.Actions actions, ActionRepositories.ProgressUpdates progress,
                         ActionRepositories.EvidenceLinks evidence, ActionEvents events, PlanAccess access,
                         DueDateParser dueDates, ActionTimeline timeline, Clock clock) {
        this.timeline = timeline;
        this.actions = actions;
        this.progress = progress;
        this.evidence = evidence;
        this.events = events;
        this.access = access;
        this.dueDates = dueDates;
        this.clock = clock;
    }

    /** A progress narrative, optionally with a new status and a progress figure. */
    @Transactional
    public Action recordProgress(UUID actionId, String narrative, @Nullable String status, @Nullable Integer percent,
                                 @Nullable String recordedOn, Caller caller) {
        Validation check = Validation.start();
        String text = check.required("narrative", narrative);
        if (text != null && text.length() > MAX_NARRATIVE) {
            check.reject("narrative", "is longer than " + MAX_NARRATIVE + " characters");
        }
        ActionStatus newStatus = status(check, status);
        if (percent != null && (percent < 0 || percent > 100)) {
            check.reject("progress_percent", "must be between 0 and 100");
        }
        LocalDate on = check.date("recorded_on", recordedOn, false);
        if (on != null && on.isAfter(LocalDate.now(clock))) {
            check.reject("recorded_on", "cannot be in the future");
        }
        check.throwIfInvalid();
        Action action = actions.require(actionId);
        access.requireUpdate(caller, action);
        return record(action, text, newStatus, percent, on == null ? LocalDate.now(clock) : on, access.authorName(caller));
    }

    @Transactional
    public Action changeStatus(UUID actionId, @Nullable String status, @Nullable String narrative, Caller caller) {
        Validation check = Validation.start();
        ActionStatus newStatus = status(check, status);
        if (newStatus == null) {
            check.reject("status", "is required: one of " + statuses());
        }
        check.throwIfInvalid();
        Action action = actions.require(actionId);
        access.requireUpdate(caller, action);
        String text = Validation.optional(narrative);
        return record(action, text == null ? "Status changed to " + words(newStatus) + "." : text, newStatus, null,
                LocalDate.now(clock), access.authorName(caller));
    }

    /** Stores a progress update (and any status change) and publishes what changed. Used by the import too. */
    public Action record(Action action, String narrative, @Nullable ActionStatus newStatus, @Nullable Integer percent,
                         LocalDate on, String author) {
        Instant now = clock.instant();
        ActionStatus previous = action.status();
        boolean statusChanges = newStatus != null && newStatus != previous;
        ActionStatus status = statusChanges ? newStatus : previous;
        int figure = percent != null ? percent : statusChanges ? status.defaultProgress() : action.progressPercent();
        Action updated = action.withStatus(status, figure, now);
        actions.update(updated);
        AuditChanges.note("status", previous, status);
        AuditChanges.note("progress_percent", action.progressPercent(), figure);
        ProgressUpdate update = progress.save(new ProgressUpdate(UUID.randomUUID(), action.id(), on, author, narrative,
                statusChanges ? previous : null, statusChanges ? status : null, now));
        if (statusChanges) {
            events.statusChanged(updated, previous);
        }
        events.progressRecorded(updated, update);
        return updated;
    }

    @Transactional
    public Action changeDueDate(UUID actionId, @Nullable String due, @Nullable String reason, Caller caller) {
        Validation check = Validation.start();
        String text = check.required("due", due);
        String why = check.required("reason", reason);
        DueDate parsed = text == null ? null : dueDates.parse(text);
        if (parsed != null && parsed.precision() == Precision.UNSTATED) {
            check.reject("due", "'" + text + "' is not a date a plan can track: write it as \"March 2025\", "
                    + "\"By summer 2025\", \"2025/26\", \"31 March 2025\" or \"Ongoing\"");
        }
        check.throwIfInvalid();
        access.requireManager(caller);
        Action action = actions.require(actionId);
        DueDate previous = action.due();
        Action updated = action.withDue(parsed, clock.instant());
        actions.update(updated);
        AuditChanges.note("due", previous.text(), parsed.text());
        events.dueDateChanged(updated, previous);
        timeline.note(action, caller, "Due date changed from \"" + previous.text() + "\" to \"" + parsed.text() + "\": " + why);
        return updated;
    }

    /** Sets (or, with no RAG, removes) the committee's own RAG rating; a reason is required to set one. */
    @Transactional
    public Action overrideRag(UUID actionId, @Nullable String rag, @Nullable String reason, Caller caller) {
        Validation check = Validation.start();
        Rag rating = null;
        if (Validation.optional(rag) != null) {
            try {
                rating = Rag.valueOf(rag.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                check.reject("rag", "'" + rag + "' is not one of " + Arrays.toString(Rag.values()));
            }
            check.required("reason", reason);
        }
        check.throwIfInvalid();
        access.requireManager(caller);
        Action action = actions.require(actionId);
        Action updated = action.withRagOverride(rating, Validation.optional(reason), clock.instant());
        actions.update(updated);
        AuditChanges.note("rag_override", action.ragOverride(), rating);
        timeline.note(action, caller, rating == null ? "RAG rating set back to automatic"
                : "RAG rating set to " + rating.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " by the committee: " + reason.strip());
        return updated;
    }

    /** Links (or, with no measure, unlinks) a live figure from another service. */
    @Transactional
    public Action linkEvidence(UUID actionId, @Nullable String measure, @Nullable String courseCode,
                               @Nullable String groupBy, @Nullable String group, Caller caller) {
        Validation check = Validation.start();
        EvidenceLink.Measure kind = null;
        if (Validation.optional(measure) != null) {
            try {
                kind = EvidenceLink.Measure.valueOf(measure.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                check.reject("measure", "'" + measure + "' is not one of " + Arrays.toString(EvidenceLink.Measure.values()));
            }
        }
        if (kind == EvidenceLink.Measure.COURSE_COMPLETION) {
            check.required("course_code", courseCode);
            String by = check.required("group_by", groupBy);
            if (by != null && !by.toLowerCase(Locale.ROOT).matches("department|political_group|kind|role")) {
                check.reject("group_by", "must be one of department, political_group, kind, role");
            }
            check.required("group", group);
        }
        check.throwIfInvalid();
        access.requireManager(caller);
        Action action = actions.require(actionId);
        evidence.deleteById(actionId);
        if (kind != null) {
            evidence.save(new EvidenceLink(actionId, kind, Validation.optional(courseCode),
                    Validation.optional(groupBy) == null ? null : groupBy.strip().toLowerCase(Locale.ROOT),
                    Validation.optional(group)));
        }
        timeline.note(action, caller, kind == null ? "Live evidence unlinked" : kind == EvidenceLink.Measure.COURSE_COMPLETION
                ? "Live evidence linked: completion of " + courseCode.strip() + " by " + groupBy.strip().toLowerCase(Locale.ROOT)
                + " " + group.strip()
                : "Live evidence linked: Councillor enquiries answered on time");
        return action;
    }

    private static ActionStatus status(Validation check, @Nullable String status) {
        if (Validation.optional(status) == null) {
            return null;
        }
        try {
            return ActionStatus.valueOf(status.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException e) {
            check.reject("status", "'" + status + "' is not one of " + statuses());
            return null;
        }
    }

    private static String statuses() {
        return Arrays.toString(ActionStatus.values()).toLowerCase(Locale.ROOT);
    }

    static String words(ActionStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
