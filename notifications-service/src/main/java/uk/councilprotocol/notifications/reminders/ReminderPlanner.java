package uk.councilprotocol.notifications.reminders;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.councilprotocol.platform.ids.TimeOrderedIds;
import uk.councilprotocol.platform.rows.RowsInsert;
import uk.councilprotocol.platform.tenancy.CouncilStatistics;
import uk.councilprotocol.platform.tenancy.Councils;

import java.time.Clock;
import java.time.Instant;
import uk.councilprotocol.platform.tracing.TraceParents;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns "remind at these times" into reminder rows. Times already past are not all sent at once:
 * only the latest of them goes out (now), the earlier ones are skipped. Planning the same subject and
 * kind twice adds nothing, so replayed events never double a reminder. One due now is announced ({@link DueNow}), so
 * it is sent once the transaction commits rather than at the next poll.
 */
@Singleton
public class ReminderPlanner {
    /** A subject's reminders in one statement (see {@link RowsInsert}): a roster import plans tens of thousands. */
    private static final RowsInsert<Reminder> ROWS = RowsInsert.into("reminder", Reminder.class)
            .column("id", "uuid", Reminder::id)
            .column("subject_type", "text", Reminder::subjectType)
            .column("subject_id", "text", Reminder::subjectId)
            .column("person_id", "text", Reminder::personId)
            .column("kind", "text", Reminder::kind)
            .column("deadline", "date", Reminder::deadline)
            .column("occasion", "timestamptz", Reminder::occasion)
            .column("send_at", "timestamptz", Reminder::sendAt)
            .column("status", "text", Reminder::status)
            .column("attempts", "integer", Reminder::attempts)
            .column("next_attempt_at", "timestamptz", Reminder::nextAttemptAt)
            .column("last_error", "text", Reminder::lastError)
            .column("sent_at", "timestamptz", Reminder::sentAt)
            .column("created_at", "timestamptz", Reminder::createdAt)
            .column("first_failed_at", "timestamptz", Reminder::firstFailedAt)
            .column("trace_parent", "text", Reminder::traceParent);

    private final ReminderRepository reminders;
    private final JdbcOperations jdbc;
    private final Clock clock;
    private final Councils councils;
    private final ApplicationEventPublisher<DueNow> due;
    private final CouncilStatistics statistics;

    public ReminderPlanner(ReminderRepository reminders, JdbcOperations jdbc, Clock clock, Councils councils,
                           ApplicationEventPublisher<DueNow> due, CouncilStatistics statistics) {
        this.statistics = statistics;
        this.reminders = reminders;
        this.jdbc = jdbc;
        this.clock = clock;
        this.councils = councils;
        this.due = due;
    }

    public record Planned(Notice notice, Instant sendAt) {
    }

    /** What to plan for one subject and person: its notices and when each goes. */
    public record Plan(String subjectType, String subjectId, String personId, List<Planned> planned) {
    }

    /** @return how many reminders were added */
    public int plan(String subjectType, String subjectId, String personId, List<Planned> planned) {
        return planAll(List.of(new Plan(subjectType, subjectId, personId, planned)));
    }

    /**
     * Plans many subjects at once (a run of a roster import's assignments) in one statement, however many there are.
     * Each notice goes once whatever its status: the table's key ({@code reminder_once}) refuses one planned before,
     * so nothing is read first. (Reading first had asked for the run's subjects by a list of ids, which a new
     * council's import made PostgreSQL answer by scanning the council's every reminder: its statistics, taken while
     * the council had none, said there were a few hundred.)
     *
     * @return how many reminders were added
     */
    public int planAll(List<Plan> plans) {
        Instant now = clock.instant();
        Set<List<Object>> inRun = new HashSet<>();
        List<Reminder> planned = new ArrayList<>();
        String traceParent = TraceParents.current();
        for (Plan plan : plans) {
            List<Planned> ordered = plan.planned().stream().sorted(Comparator.comparing(Planned::sendAt)).toList();
            Planned latestPast = ordered.stream().filter(p -> !p.sendAt().isAfter(now)).reduce((a, b) -> b).orElse(null);
            for (Planned p : ordered) {
                Notice notice = p.notice();
                if (!inRun.add(Arrays.asList(plan.subjectType(), plan.subjectId(), plan.personId(), notice.kind(),
                        notice.deadline(), notice.occasion()))) {
                    continue;
                }
                boolean past = !p.sendAt().isAfter(now);
                ReminderStatus status = past && p != latestPast ? ReminderStatus.SKIPPED : ReminderStatus.PENDING;
                planned.add(new Reminder(TimeOrderedIds.next(), plan.subjectType(), plan.subjectId(), plan.personId(),
                        notice.kind(), notice.deadline(), notice.occasion(), p.sendAt(), status, 0, past ? now : p.sendAt(),
                        status == ReminderStatus.SKIPPED ? "its time had passed when planned" : null,
                        null, now, null, traceParent));
            }
        }
        Set<String> added = new HashSet<>(ROWS.insertNew(jdbc.getConnection(), planned, "id"));
        // a new council's reminders: its completions then cancel theirs by subject, not by walking them all
        statistics.keepCurrent(jdbc.getConnection(), "reminder", added.size());
        boolean dueNow = planned.stream().anyMatch(r -> added.contains(r.id().toString())
                && r.status() == ReminderStatus.PENDING && !r.nextAttemptAt().isAfter(now));
        if (dueNow) {
            due.publishEvent(new DueNow(councils.current()));
        }
        return added.size();
    }

    public int cancel(String subjectType, String subjectId, String reason) {
        return reminders.cancelPending(subjectType, subjectId, reason);
    }

    public int cancelFor(String subjectType, String subjectId, String personId, String reason) {
        return reminders.cancelPendingFor(subjectType, subjectId, personId, reason);
    }

    public int cancelKinds(String subjectType, String subjectId, List<String> kinds, String reason) {
        return reminders.cancelPendingKinds(subjectType, subjectId, kinds, reason);
    }

    /** Cancels the subject's pending advance reminders, whichever days before planned them. */
    public int cancelAdvance(String subjectType, String subjectId, String reason) {
        return reminders.cancelPendingAdvance(subjectType, subjectId, reason);
    }

    /**
     * People's details have arrived and are committed ({@link ContactsArrival}): what was held for them (see
     * ReminderDispatcher) goes now. Events about a new person and about their first enquiry or assignment come on
     * different topics, so either may be read first. First it waits for any dispatcher sending one of their reminders
     * just now: one that found their details missing may be holding it for them, uncommitted, and the release would
     * miss that hold; the same for one held for the line manager it copies, when the manager's details arrive. The
     * reminders waited for stay locked until this commits, so they are sent on the nudge after it.
     */
    @Transactional
    public void releaseFor(List<String> people) {
        Instant now = clock.instant();
        long waitedFor = reminders.lockDueOf(people, now) + reminders.lockDueCopying(people, now);
        long released = reminders.releaseAwaitingContact(people, now) + reminders.releaseAwaitingCopied(people, now);
        if (waitedFor + released > 0) {
            due.publishEvent(new DueNow(councils.current()));
        }
    }

    /** A notice that goes out now (an acknowledgement, say); planned once like any reminder. */
    public int now(String subjectType, String subjectId, String personId, Notice notice) {
        return plan(subjectType, subjectId, personId, List.of(new Planned(notice, clock.instant())));
    }
}
