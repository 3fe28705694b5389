package uk.councilprotocol.notifications.reminders;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which notice a reminder is, as separate values rather than one string: its kind (DUE_IN_7_DAYS, ACKNOWLEDGEMENT,
 * …), the deadline it is about (a moved deadline is a new notice) and the occasion it marks (each response to an
 * enquiry is told once). With the subject and the person, they make the reminder unique.
 */
public record Notice(String kind, @Nullable LocalDate deadline, @Nullable Instant occasion) {

    /** A notice that happens once per subject and person (an acknowledgement, a training reminder). */
    public static Notice of(String kind) {
        return new Notice(kind, null, null);
    }

    /** A notice about one deadline: when the deadline moves, the notice about the new one is another. */
    public static Notice about(String kind, LocalDate deadline) {
        return new Notice(kind, deadline, null);
    }

    /** An advance reminder's kind, as training and plans name it: DUE_IN_30_DAYS, DUE_IN_1_DAY. */
    private static final Pattern DUE_IN = Pattern.compile("DUE_IN_(\\d+)_DAYS?");

    /** How many days ahead an advance reminder's kind ("DUE_IN_30_DAYS") says it is sent; empty for any other kind. */
    public static OptionalInt daysAhead(String kind) {
        Matcher dueIn = DUE_IN.matcher(kind);
        return dueIn.matches() ? OptionalInt.of(Integer.parseInt(dueIn.group(1))) : OptionalInt.empty();
    }

    /** A notice of something that happened at a moment, and may happen again (a response after a reopening). */
    public static Notice on(String kind, Instant occasion) {
        return new Notice(kind, null, occasion);
    }
}
