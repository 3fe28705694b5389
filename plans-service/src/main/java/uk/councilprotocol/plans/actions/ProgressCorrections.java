package uk.councilprotocol.plans.actions;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import uk.councilprotocol.platform.errors.NotFoundException;
import uk.councilprotocol.platform.errors.Validation;
import uk.councilprotocol.platform.security.Caller;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * A progress update's wording corrected by those who may update its action, with a reason: the update says the
 * corrected words from then on (the committee report too), and what it said before is kept with the reason, who and
 * when, so the history shows every wording it had.
 */
@Singleton
public class ProgressCorrections {
    private final ActionRepositories.ProgressUpdates updates;
    private final ActionRepositories.ProgressRevisions revisions;
    private final ActionRepositories.Actions actions;
    private final ActionEvents events;
    private final PlanAccess access;
    private final Clock clock;

    public ProgressCorrections(ActionRepositories.ProgressUpdates updates, ActionRepositories.ProgressRevisions revisions,
                               ActionRepositories.Actions actions, ActionEvents events, PlanAccess access, Clock clock) {
        this.updates = updates;
        this.revisions = revisions;
        this.actions = actions;
        this.events = events;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public Action correct(UUID progressId, String narrative, String reason, Caller caller) {
        Validation check = Validation.start();
        String text = check.required("narrative", narrative);
        if (text != null && text.length() > ActionChanges.MAX_NARRATIVE) {
            check.reject("narrative", "is longer than " + ActionChanges.MAX_NARRATIVE + " characters");
        }
        String why = check.required("reason", reason);
        check.throwIfInvalid();
        ProgressUpdate update = updates.findById(progressId)
                .orElseThrow(() -> new NotFoundException("progress update", progressId.toString()));
        Action action = actions.require(update.actionId());
        access.requireUpdate(caller, action);
        if (text.equals(update.narrative())) {
            return action;   // corrected to what it says already (a retried call): nothing to keep
        }
        revisions.save(new ProgressRevision(UUID.randomUUID(), update.id(), update.narrative(), why, access.authorName(caller),
                clock.instant()));
        ProgressUpdate corrected = updates.update(update.withNarrative(text));
        events.progressCorrected(action, corrected, revisionsOf(corrected), why);
        return action;
    }

    private List<ProgressRevision> revisionsOf(ProgressUpdate update) {
        return revisions.findByProgressIdInOrderByCorrectedAt(List.of(update.id()));
    }
}
