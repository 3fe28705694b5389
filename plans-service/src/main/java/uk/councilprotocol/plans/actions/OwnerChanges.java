package uk.councilprotocol.plans.actions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.councilprotocol.platform.audit.AuditChanges;
import uk.councilprotocol.platform.errors.Validation;
import uk.councilprotocol.platform.security.Caller;
import uk.councilprotocol.plans.people.Owners;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * The standards team gives an action a new owner: a person by name or a post, read against the roster as the import
 * reads owners. Who answers for it changes with it, so notifications-service reminds the new answerers and stops
 * reminding the old.
 */
@Singleton
public class OwnerChanges {
    static final int MAX_OWNER = 500;

    private final ActionRepositories.Actions actions;
    private final ActionEvents events;
    private final ActionTimeline timeline;
    private final PlanAccess access;
    private final Owners owners;
    private final Clock clock;

    public OwnerChanges(ActionRepositories.Actions actions, ActionEvents events, ActionTimeline timeline, PlanAccess access,
                        Owners owners, Clock clock) {
        this.actions = actions;
        this.events = events;
        this.timeline = timeline;
        this.access = access;
        this.owners = owners;
        this.clock = clock;
    }

    @Transactional
    public Action changeOwner(UUID actionId, @Nullable String owner, @Nullable String reason, Caller caller) {
        Validation check = Validation.start();
        String text = check.required("owner", owner);
        String why = check.required("reason", reason);
        if (text != null && text.length() > MAX_OWNER) {
            check.reject("owner", "is longer than " + MAX_OWNER + " characters");
        }
        check.throwIfInvalid();
        access.requireManager(caller);
        Owners.Directory roster = owners.directory();
        Owners.Owner read = roster.read(text);
        List<String> answerers = roster.answerers(read.personId(), read.roles());
        if (answerers.isEmpty()) {
            check.reject("owner", "'" + text + "' is neither a person on the roster nor a post anyone on it holds: "
                    + "write a person's full name or a post such as \"Director of Finance\"");
            check.throwIfInvalid();
        }
        Action action = actions.require(actionId);
        List<String> before = events.answerers(action);
        Action updated = actions.update(action.withOwner(read.text(), read.personId(), read.roles(), answerers, clock.instant()));
        AuditChanges.note("owner", action.ownerText(), read.text());
        events.answerersChanged(updated, before);
        timeline.note(action, caller, "Owner changed from \"" + (action.ownerText() == null ? "nobody" : action.ownerText())
                + "\" to \"" + read.text() + "\": " + why);
        return updated;
    }
}
