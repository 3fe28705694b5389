package uk.councilprotocol.training.requirements;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a rule's due date runs from, as HR writes it: "within 90 days of starting", "by 31 March", ... */
public enum DueFrom {
    /** N days after the person starts, or after the rule first applies to them if they started before. */
    STARTING,
    /** N days after the day it is assigned. */
    ASSIGNED,
    /** The next given day of the year at least N days away ("by 31 March"). */
    FIXED_DATE,
    /** N days after completing another course: assigned only once that course is done (a prerequisite). */
    AFTER_COURSE;

    /** The words HR and the console write: starting, assigned, fixed-date, after-course. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<DueFrom> parse(String text) {
        String label = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values()).filter(kind -> kind.label().equals(label)).findFirst();
    }
}
