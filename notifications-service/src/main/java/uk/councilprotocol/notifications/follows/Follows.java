package uk.councilprotocol.notifications.follows;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import uk.councilprotocol.contracts.plans.v1.ActionDueDateChanged;
import uk.councilprotocol.contracts.plans.v1.ActionSnapshot;
import uk.councilprotocol.contracts.plans.v1.ActionStatus;
import uk.councilprotocol.contracts.plans.v1.ActionStatusChanged;
import uk.councilprotocol.contracts.plans.v1.ProgressCorrected;
import uk.councilprotocol.contracts.plans.v1.ProgressRecorded;
import uk.councilprotocol.notifications.contacts.ContactBook;
import uk.councilprotocol.notifications.plans.PlanActionRepository;
import uk.councilprotocol.notifications.reminders.Notice;
import uk.councilprotocol.notifications.reminders.ReminderPlanner;
import uk.councilprotocol.platform.errors.InvalidInputException;
import uk.councilprotocol.platform.errors.NotFoundException;
import uk.councilprotocol.platform.errors.Validation;
import uk.councilprotocol.platform.security.Caller;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Anyone signed in may follow an action plan or one action, and is told when progress is recorded on it (or corrected
 * after), or its status or deadline changes (asked of Decidim since 2018): a person follows for themselves, and
 * unfollows the same way. The author of a progress update, or of its correction, is not told of their own.
 */
@Singleton
public class Follows {
    public static final String SUBJECT = "followed-action-change";
    static final String PROGRESS = "PROGRESS";
    static final String STATUS = "STATUS";
    static final String DEADLINE = "DEADLINE";
    static final String CORRECTION = "CORRECTION";

    /** What a person follows, named as emails name it. {@code kind} plan or action. */
    @Serdeable
    public record Followed(String kind, UUID id, String title, Instant followedAt) {
    }

    private final FollowRepository follows;
    private final ActionChangeRepository changes;
    private final PlanActionRepository actions;
    private final ReminderPlanner planner;
    private final ContactBook contacts;
    private final Clock clock;

    public Follows(FollowRepository follows, ActionChangeRepository changes, PlanActionRepository actions,
                   ReminderPlanner planner, ContactBook contacts, Clock clock) {
        this.contacts = contacts;
        this.follows = follows;
        this.changes = changes;
        this.actions = actions;
        this.planner = planner;
        this.clock = clock;
    }

    public List<Followed> mine(Caller caller) {
        return follows.findByPersonIdOrderByFollowedAtDesc(caller.personId()).stream()
                .map(f -> followed(f.subjectType(), f.subjectId(), f.followedAt())).flatMap(Optional::stream).toList();
    }

    @Transactional
    public List<Followed> follow(@Nullable String kind, @Nullable String id, Caller caller) {
        String type = type(kind);
        UUID subject = Validation.id("id", id);
        if (followed(type, subject, clock.instant()).isEmpty()) {
            throw new NotFoundException(type.equals("PLAN") ? "Action plan" : "Action", subject.toString());
        }
        if (follows.findByPersonIdAndSubjectTypeAndSubjectId(caller.personId(), type, subject).isEmpty()) {
            follows.save(new Follow(UUID.randomUUID(), caller.personId(), type, subject, clock.instant()));
        }
        return mine(caller);
    }

    @Transactional
    public List<Followed> unfollow(@Nullable String kind, @Nullable String id, Caller caller) {
        String type = type(kind);
        UUID subject = Validation.id("id", id);
        follows.findByPersonIdAndSubjectTypeAndSubjectId(caller.personId(), type, subject).ifPresent(follows::delete);
        return mine(caller);
    }

    public void onProgress(ProgressRecorded event) {
        var update = event.getUpdate();
        String moved = update.getStatusFrom() == update.getStatusTo() || update.getStatusTo() == ActionStatus.ACTION_STATUS_UNSPECIFIED
                ? "" : " Its status moved from " + words(update.getStatusFrom()) + " to " + words(update.getStatusTo()) + ".";
        tell(event.getAction(), PROGRESS, (update.getAuthor().isBlank() ? "Progress" : update.getAuthor() + " recorded progress")
                + " on " + update.getRecordedOn() + ": " + update.getNarrative() + moved, update.getAuthor());
    }

    /** A progress update's wording corrected: what it said, what it says now and why; its corrector is not told. */
    public void onProgressCorrected(ProgressCorrected event) {
        var update = event.getUpdate();
        int revisions = update.getRevisionsCount();
        String before = revisions == 0 ? "" : " It had said: " + update.getRevisions(revisions - 1).getNarrative();
        String by = revisions == 0 ? "" : update.getRevisions(revisions - 1).getCorrectedBy();
        tell(event.getAction(), CORRECTION, (by.isBlank() ? "The" : by + " corrected the") + " progress update of "
                + update.getRecordedOn() + (by.isBlank() ? " was corrected" : "") + ". It now says: " + update.getNarrative()
                + before + " The reason given: " + event.getReason(), by);
    }

    public void onStatusChanged(ActionStatusChanged event) {
        tell(event.getAction(), STATUS, "Its status changed from " + words(event.getPrevious()) + " to "
                + words(event.getAction().getStatus()) + ".", "");
    }

    public void onDeadlineMoved(ActionDueDateChanged event) {
        tell(event.getAction(), DEADLINE, "Its deadline moved from \"" + event.getPrevious().getText() + "\" to \""
                + event.getAction().getDue().getText() + "\".", "");
    }

    /** The change kept for its email, and each follower but its author told (the snapshot is already copied here). */
    private void tell(ActionSnapshot action, String kind, String detail, String author) {
        UUID actionId = UUID.fromString(action.getActionId());
        UUID planId = action.getPlanId().isBlank() ? null : UUID.fromString(action.getPlanId());
        // plans-service signs an update with the author's name on the roster (else their id): not told of their own
        List<String> followers = follows.followersOf(actionId, planId).stream().filter(f -> !f.equals(author)
                && contacts.find(f).map(c -> !c.fullName().equals(author)).orElse(true)).toList();
        if (followers.isEmpty()) {
            return;
        }
        ActionChange change = changes.save(new ActionChange(UUID.randomUUID(), actionId, kind, detail, clock.instant()));
        for (String follower : followers) {
            planner.now(SUBJECT, change.id().toString(), follower, Notice.of(kind));
        }
    }

    private Optional<Followed> followed(String type, UUID id, Instant at) {
        return "PLAN".equals(type)
                ? actions.findFirstByPlanId(id).map(a -> new Followed("plan", id, a.planTitle(), at))
                : actions.findById(id).map(a -> new Followed("action", id, a.name(), at));
    }

    private static String type(@Nullable String kind) {
        String type = kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT);
        if (!type.equals("PLAN") && !type.equals("ACTION")) {
            throw InvalidInputException.of("kind", "must be plan or action");
        }
        return type;
    }

    static String words(ActionStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
