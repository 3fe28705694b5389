package uk.councilprotocol.plans.actions;

import jakarta.inject.Singleton;
import uk.councilprotocol.platform.security.Caller;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** Changes to an action that its timeline shows beside the progress updates: who, when and what. */
@Singleton
public class ActionTimeline {
    private final ActionRepositories.ProgressUpdates progress;
    private final PlanAccess access;
    private final Clock clock;

    public ActionTimeline(ActionRepositories.ProgressUpdates progress, PlanAccess access, Clock clock) {
        this.progress = progress;
        this.access = access;
        this.clock = clock;
    }

    /** Joins the caller's transaction: the note is kept only with the change it records. */
    public void note(Action action, Caller caller, String what) {
        progress.save(new ProgressUpdate(UUID.randomUUID(), action.id(), LocalDate.now(clock), access.authorName(caller),
                what, null, null, clock.instant()));
    }
}
