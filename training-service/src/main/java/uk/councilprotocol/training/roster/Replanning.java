package uk.councilprotocol.training.roster;

import java.time.LocalDate;
import java.util.List;

/**
 * What follows when people change (a roster import) or what is required of them changes (a rule): their
 * assignments are planned again. Roster owns the question; the assignments package answers it, so the roster never
 * depends on how assignments are planned.
 */
public interface Replanning {

    /** What the re-planning did: how many assignments it created and cancelled, and whom it assigned what, by when. */
    record Counts(int created, int cancelled, List<Assigned> assigned) {
    }

    record Assigned(String personId, String courseCode, LocalDate dueDate) {
    }

    /** Plans these people's assignments against the rules in force; inside the caller's transaction. */
    Counts replan(List<Person> people);
}
