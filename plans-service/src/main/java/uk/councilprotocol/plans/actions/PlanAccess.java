package uk.councilprotocol.plans.actions;

import jakarta.inject.Singleton;
import uk.councilprotocol.platform.security.Caller;
import uk.councilprotocol.platform.security.ForbiddenException;
import uk.councilprotocol.platform.security.Roles;
import uk.councilprotocol.plans.people.Owners;
import uk.councilprotocol.plans.people.RosterPerson;
import uk.councilprotocol.plans.people.RosterPersonRepository;
import uk.councilprotocol.plans.plan.PlanRepositories;

/**
 * Who may change what. Plans are committee papers, so anyone signed in may read them. The Monitoring Officer's
 * team (standards) and admins manage plans: import, deadlines, RAG overrides, evidence. An action's owner —
 * the person named, or whoever holds the post named, per the roster — and its theme's lead record progress and
 * status.
 */
@Singleton
public class PlanAccess {
    private final Owners owners;
    private final PlanRepositories.Themes themes;
    private final RosterPersonRepository people;

    public PlanAccess(Owners owners, PlanRepositories.Themes themes, RosterPersonRepository people) {
        this.owners = owners;
        this.themes = themes;
        this.people = people;
    }

    public static boolean manages(Caller caller) {
        return caller.hasAny(Roles.STANDARDS, Roles.ADMIN);
    }

    public void requireManager(Caller caller) {
        caller.require(Roles.STANDARDS, Roles.ADMIN);
    }

    public boolean answersFor(Caller caller, Action action) {
        return owners.answersFor(caller.personId(), action.ownerPersonId(), action.roles());
    }

    /** The caller as the roster knows them, to check many actions with one read. */
    public RosterPerson onRoster(Caller caller) {
        return people.findById(caller.personId()).orElse(null);
    }

    public void requireUpdate(Caller caller, Action action) {
        if (manages(caller) || answersFor(caller, action)) {
            return;
        }
        boolean lead = themes.findById(action.themeId()).map(t -> caller.is(t.leadPersonId())).orElse(false);
        if (!lead) {
            throw new ForbiddenException("only the action's owner, its theme lead, or the standards team may update it");
        }
    }

    /** How a progress update is signed: the caller's name on the roster, else their subject. */
    public String authorName(Caller caller) {
        return people.findById(caller.personId()).map(RosterPerson::fullName).orElse(caller.subject());
    }
}
