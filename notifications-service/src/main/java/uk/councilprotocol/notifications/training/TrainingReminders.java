package uk.councilprotocol.notifications.training;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import uk.councilprotocol.contracts.training.v1.AssignmentCancelled;
import uk.councilprotocol.contracts.training.v1.AssignmentCreated;
import uk.councilprotocol.contracts.training.v1.AssignmentDueDateChanged;
import uk.councilprotocol.contracts.training.v1.AssignmentReopened;
import uk.councilprotocol.contracts.training.v1.CompletionRecorded;
import uk.councilprotocol.notifications.reminders.CalendarChanges;
import uk.councilprotocol.notifications.reminders.Notice;
import uk.councilprotocol.notifications.reminders.ReminderPlanner;
import uk.councilprotocol.notifications.reminders.ReminderSettings;
import uk.councilprotocol.notifications.voice.CouncilVoices;
import uk.councilprotocol.notifications.voice.TrainingReminderSettings;
import uk.councilprotocol.platform.rows.RowsInsert;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** Plans a training assignment's reminders when it is created, and cancels them when it is done or withdrawn. */
@Singleton
public class TrainingReminders {
    public static final String SUBJECT = "training-assignment";
    public static final String OVERDUE = "OVERDUE";
    private static final RowsInsert<TrainingAssignment> COPIES = RowsInsert.into("training_assignment", TrainingAssignment.class)
            .column("assignment_id", "uuid", TrainingAssignment::assignmentId)
            .column("person_id", "text", TrainingAssignment::personId)
            .column("course_code", "text", TrainingAssignment::courseCode)
            .column("course_title", "text", TrainingAssignment::courseTitle)
            .column("due_date", "date", TrainingAssignment::dueDate)
            .column("open", "boolean", TrainingAssignment::open)
            .column("updated_at", "timestamptz", TrainingAssignment::updatedAt);

    private final TrainingAssignmentRepository assignments;
    private final JdbcOperations jdbc;
    private final ReminderPlanner planner;
    private final ReminderSettings reminderSettings;
    private final TrainingReminderSettings settings;
    private final Clock clock;
    private final CouncilVoices voices;
    private final CalendarChanges calendars;

    public TrainingReminders(TrainingAssignmentRepository assignments, JdbcOperations jdbc, ReminderPlanner planner,
                             ReminderSettings reminderSettings, TrainingReminderSettings settings, Clock clock,
                             CouncilVoices voices, CalendarChanges calendars) {
        this.calendars = calendars;
        this.voices = voices;
        this.assignments = assignments;
        this.jdbc = jdbc;
        this.planner = planner;
        this.reminderSettings = reminderSettings;
        this.settings = settings;
        this.clock = clock;
    }

    public static String beforeKind(int days) {
        return "DUE_IN_" + days + (days == 1 ? "_DAY" : "_DAYS");
    }

    /**
     * New assignments, a run at a time (a roster import's come in thousands): their copies kept and their reminders
     * planned with a few statements for the whole run. One already kept (a replay) is left as it is.
     */
    public void onCreated(List<AssignmentCreated> events) {
        Instant now = clock.instant();
        List<TrainingAssignment> copies = events.stream().map(event -> {
            var a = event.getAssignment();
            return new TrainingAssignment(UUID.fromString(a.getId()), a.getPersonId(), a.getCourseCode(),
                    event.getCourseTitle(), LocalDate.parse(a.getDueDate()), true, now);
        }).toList();
        COPIES.insertNew(jdbc.getConnection(), copies, "assignment_id");
        planner.planAll(copies.stream().map(copy -> plan(copy.assignmentId().toString(), copy.personId(), copy.dueDate(),
                Notice::of)).toList());
    }

    /**
     * The due date moved (more time approved): what was planned for the old date is cancelled and the reminders are
     * planned again for the new one — as notices about that date, so they are new ones, not the old ones again.
     */
    public void onDueDateChanged(AssignmentDueDateChanged event) {
        var a = event.getAssignment();
        LocalDate due = LocalDate.parse(a.getDueDate());
        assignments.findById(UUID.fromString(a.getId()))
                .ifPresent(copy -> assignments.update(copy.dueOn(due, clock.instant())));
        planner.cancel(SUBJECT, a.getId(), "the due date moved to " + due + ": " + event.getReason());
        planReminders(a.getId(), a.getPersonId(), due, kind -> Notice.about(kind, due));
        calendars.moved(SUBJECT, a.getId(), a.getPersonId(), due);
    }

    /**
     * The completion that fulfilled it was withdrawn: the assignment is open again, due as before, and its reminders
     * are planned again — as notices of this reopening, so the ones sent or cancelled before do not stand in the way.
     */
    public void onReopened(AssignmentReopened event) {
        var a = event.getAssignment();
        UUID id = UUID.fromString(a.getId());
        LocalDate due = LocalDate.parse(a.getDueDate());
        Instant reopenedAt = Instant.parse(event.getReopenedAt());
        assignments.findById(id).ifPresentOrElse(copy -> assignments.update(copy.reopened(due, clock.instant())),
                () -> assignments.save(new TrainingAssignment(id, a.getPersonId(), a.getCourseCode(), event.getCourseTitle(), due,
                        true, clock.instant())));
        planReminders(a.getId(), a.getPersonId(), due, kind -> new Notice(kind, due, reopenedAt));
    }

    private void planReminders(String assignmentId, String personId, LocalDate due, Function<String, Notice> notice) {
        planner.planAll(List.of(plan(assignmentId, personId, due, notice)));
    }

    private ReminderPlanner.Plan plan(String assignmentId, String personId, LocalDate due, Function<String, Notice> notice) {
        List<ReminderPlanner.Planned> planned = new ArrayList<>();
        for (int days : voices.current().trainingDaysBefore()) {
            planned.add(new ReminderPlanner.Planned(notice.apply(beforeKind(days)), reminderSettings.sendTimeOn(due.minusDays(days), clock)));
        }
        planned.add(new ReminderPlanner.Planned(notice.apply(OVERDUE),
                reminderSettings.sendTimeOn(due.plusDays(settings.overdueAfterDays()), clock)));
        return new ReminderPlanner.Plan(SUBJECT, assignmentId, personId, planned);
    }

    public void onCompleted(CompletionRecorded event) {
        if (!event.getFulfilledAssignmentId().isBlank()) {
            close(event.getFulfilledAssignmentId(), "completed on " + event.getCompletion().getCompletedOn());
        }
    }

    public void onCancelled(AssignmentCancelled event) {
        close(event.getAssignmentId(), "assignment cancelled: " + event.getReason());
    }

    private void close(String assignmentId, String reason) {
        Optional<String> personId = assignments.findPersonOfClosed(UUID.fromString(assignmentId), clock.instant());
        planner.cancel(SUBJECT, assignmentId, reason);
        personId.ifPresent(person -> calendars.removed(SUBJECT, assignmentId, person));
    }
}
