package uk.councilprotocol.notifications.training;

import jakarta.inject.Singleton;
import uk.councilprotocol.contracts.training.v1.Completion;
import uk.councilprotocol.contracts.training.v1.CompletionCorrected;
import uk.councilprotocol.contracts.training.v1.CompletionWithdrawn;
import uk.councilprotocol.notifications.reminders.Notice;
import uk.councilprotocol.notifications.reminders.ReminderPlanner;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The person is told when HR corrects or withdraws a completion of theirs: what changed, and why (their reminders
 * are re-planned by {@link TrainingReminders} from the events that follow).
 */
@Singleton
public class CompletionChangeNotices {
    public static final String SUBJECT = "training-completion-change";
    static final String CORRECTED = "CORRECTED";
    static final String WITHDRAWN = "WITHDRAWN";

    private final CompletionChangeRepository changes;
    private final ReminderPlanner planner;
    private final Clock clock;

    public CompletionChangeNotices(CompletionChangeRepository changes, ReminderPlanner planner, Clock clock) {
        this.changes = changes;
        this.planner = planner;
        this.clock = clock;
    }

    public void onCorrected(CompletionCorrected event) {
        Completion before = event.getBefore();
        Completion after = event.getAfter();
        keepAndTell(CORRECTED, before, LocalDate.parse(after.getCompletedOn()), event.getReason(),
                before.getCompletedOn() + ">" + after.getCompletedOn() + ">" + after.getProvider() + ">" + after.getEvidenceReference());
    }

    public void onWithdrawn(CompletionWithdrawn event) {
        keepAndTell(WITHDRAWN, event.getCompletion(), null, event.getReason(), "");
    }

    private void keepAndTell(String kind, Completion completion, LocalDate after, String reason, String which) {
        // one id per change, the same for a redelivery of its event: a completion is withdrawn once, and each
        // correction is named by what it changed
        UUID id = UUID.nameUUIDFromBytes((completion.getId() + ":" + kind + ":" + which).getBytes(StandardCharsets.UTF_8));
        if (!changes.existsById(id)) {
            changes.save(new CompletionChange(id, UUID.fromString(completion.getId()), completion.getPersonId(),
                    completion.getCourseCode(), kind, LocalDate.parse(completion.getCompletedOn()), after, reason, clock.instant()));
        }
        planner.now(SUBJECT, id.toString(), completion.getPersonId(), Notice.of(kind));
    }
}
