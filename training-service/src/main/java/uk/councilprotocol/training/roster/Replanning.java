package uk.councilprotocol.training.roster;

import java.util.List;

/**
 * What follows when people change (a roster import) or what is required of them changes (a rule): their
 * assignments are planned again. Roster owns the question; the assignments package answers it, so the roster never
 * depends on how assignments are planned.
 */
public interface Replanning {

    /** How many assignments the re-planning created and cancelled. */
    record Counts(int created, int cancelled) {
    }

    /** Plans these people's assignments against the rules in force; inside the caller's transaction. */
    Counts replan(List<Person> people);
}
