package uk.councilprotocol.console.enquiries;

import uk.councilprotocol.contracts.enquiries.v1.Enquiry;
import uk.councilprotocol.contracts.notifications.v1.Reminder;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** An enquiry's history in order: logged, assigned, deadline changes, answered. */
public final class EnquiryTimeline {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private EnquiryTimeline() {
    }

    public record Entry(Instant at, String when, String what, String detail) {
    }

    /** The enquiry's history with the emails notifications-service sent (or holds) about it, when the reader may see them. */
    static List<Entry> of(Enquiry e, List<Reminder> emails) {
        List<Entry> entries = new ArrayList<>(of(e));
        for (Reminder r : emails) {
            Instant at = Instant.ofEpochSecond(r.getSendAt().getSeconds());
            entries.add(entry(at, "Email: " + emailKind(r.getKind()), "To " + r.getPersonId() + " — "
                    + r.getStatus().toLowerCase(Locale.ROOT)));
        }
        entries.sort(Comparator.comparing(Entry::at));
        return entries;
    }

    /** "ASSIGNED:EM-0205" → "assigned"; "DUE_SOON@2026-12-07:EM-0205" → "due soon". */
    static String emailKind(String kind) {
        return kind.split("[:@#]")[0].toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    static List<Entry> of(Enquiry e) {
        List<Entry> entries = new ArrayList<>();
        Instant received = Instant.ofEpochSecond(e.getReceivedAt().getSeconds());
        entries.add(entry(received, "Logged by the Members Support Hub", "Received by " + e.getChannel().name().toLowerCase(Locale.ROOT)
                .replace('_', ' ') + "; response due " + e.getOriginalDueDate()));
        e.getAssignmentsList().forEach(a -> entries.add(entry(received, "Assigned to " + a.getDepartment(),
                a.getOfficerId().isBlank() ? "No officer named yet" : "Officer " + a.getOfficerId())));
        e.getDeadlineChangesList().forEach(c -> entries.add(entry(Instant.ofEpochSecond(c.getRecordedAt().getSeconds()),
                changed(c),
                c.getReason() + (c.getActionBeingTaken().isBlank() ? "" : " Action being taken: " + c.getActionBeingTaken())
                        + " New deadline " + c.getNewDueDate() + ".")));
        if (e.hasRespondedAt()) {
            entries.add(entry(Instant.ofEpochSecond(e.getRespondedAt().getSeconds()), "Answered by " + e.getRespondedBy(), e.getResponse()));
        }
        entries.sort(Comparator.comparing(Entry::at));
        return entries;
    }

    /** What a deadline change was, as the protocol names it (9.1.7 holding reply, 9.1.6 agreed alternative). */
    private static String changed(uk.councilprotocol.contracts.enquiries.v1.DeadlineChange c) {
        return switch (c.getKind()) {
            case "HOLDING_REPLY" -> "Holding reply sent";
            case "REOPENED" -> "Reopened by " + c.getRecordedBy();
            default -> "Alternative deadline agreed" + (c.getAgreedWith().isBlank() ? "" : " with " + c.getAgreedWith());
        };
    }

    private static Entry entry(Instant at, String what, String detail) {
        return new Entry(at, WHEN.format(at), what, detail);
    }
}
