package uk.councilprotocol.training.roster;

import uk.councilprotocol.platform.security.Caller;
import uk.councilprotocol.platform.security.ForbiddenException;
import uk.councilprotocol.platform.security.Roles;

/** Who may see and act on a person's training record. */
public final class PersonAccess {
    private PersonAccess() {
    }

    /** HR, the administrator and the Monitoring Officer see everyone; a person sees themselves; a line
     * manager their reports; a department its own people. */
    public static boolean canRead(Caller caller, Person person) {
        return caller.hasAny(Roles.HR, Roles.ADMIN, Roles.STANDARDS) || caller.is(person.id())
                || caller.is(person.lineManagerId()) || caller.actsFor(person.department());
    }

    public static void requireRead(Caller caller, Person person) {
        if (!canRead(caller, person)) {
            throw new ForbiddenException("you may not see " + person.id() + "'s training record");
        }
    }

    /** HR records anyone's completions; a department only its own people's. */
    public static void requireRecordCompletion(Caller caller, Person person) {
        if (!(caller.hasAny(Roles.HR, Roles.ADMIN) || caller.actsFor(person.department()))) {
            throw new ForbiddenException("only HR or " + (person.department() == null ? "HR" : "the " + person.department()
                    + " department") + " may record completions for " + person.id());
        }
    }

    public static boolean seesEveryone(Caller caller) {
        return caller.hasAny(Roles.HR, Roles.ADMIN, Roles.STANDARDS);
    }
}
