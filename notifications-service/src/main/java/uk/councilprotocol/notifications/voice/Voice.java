package uk.councilprotocol.notifications.voice;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalTime;
import java.util.List;

/**
 * How the council's emails speak, in effect for the current council: its name ("Eastmoor Borough Council"; none:
 * "the council"), the sender's display name and where replies go (none: the deployment's sender, and "please do not
 * reply"), a sign-off line above the footer, the days before a due date that training and action-plan reminders go,
 * the hours reminders go in (on the council's working days: reminders/SendWindow), and its logo, if its admin uploaded one.
 */
public record Voice(@Nullable String councilName,
                    @Nullable String senderName,
                    @Nullable String replyTo,
                    @Nullable String signOff,
                    List<Integer> trainingDaysBefore,
                    List<Integer> actionDaysBefore,
                    LocalTime sendOpens,
                    LocalTime sendCloses,
                    @Nullable Logo logo) {

    /** The council's logo, shown at the top of each email's HTML (an inline image). */
    public record Logo(byte[] content, String contentType) {
    }

    public Voice(@Nullable String councilName, @Nullable String senderName, @Nullable String replyTo, @Nullable String signOff,
                 List<Integer> trainingDaysBefore, List<Integer> actionDaysBefore, LocalTime sendOpens, LocalTime sendCloses) {
        this(councilName, senderName, replyTo, signOff, trainingDaysBefore, actionDaysBefore, sendOpens, sendCloses, null);
    }

    Voice withLogo(@Nullable Logo councilLogo) {
        return new Voice(councilName, senderName, replyTo, signOff, trainingDaysBefore, actionDaysBefore, sendOpens, sendCloses, councilLogo);
    }

    /** The deployment's voice: no name of its own, the configured sender, days and sending hours. */
    public static Voice deployment(List<Integer> trainingDaysBefore, List<Integer> actionDaysBefore, SendingHoursSettings hours) {
        return new Voice(null, null, null, null, trainingDaysBefore, actionDaysBefore, hours.opens(), hours.closes());
    }
}
