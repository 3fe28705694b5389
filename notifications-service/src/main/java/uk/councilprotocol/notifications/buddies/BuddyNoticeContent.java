package uk.councilprotocol.notifications.buddies;

import jakarta.inject.Singleton;
import uk.councilprotocol.notifications.contacts.Contact;
import uk.councilprotocol.notifications.mail.Letter;
import uk.councilprotocol.notifications.reminders.Reminder;
import uk.councilprotocol.notifications.reminders.ReminderContent;
import uk.councilprotocol.notifications.templates.NoticeKind;
import uk.councilprotocol.notifications.templates.NoticeTemplates;
import uk.councilprotocol.notifications.voice.CouncilVoices;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The emails of a buddy pairing: the pairing to each of the pair, and the monthly check-in reminder. */
@Singleton
public class BuddyNoticeContent implements ReminderContent {
    /** A check-in held this many days before a reminder's day makes the reminder needless. */
    static final int MET_LATELY_DAYS = 21;

    private final BuddyPairRepository pairs;
    private final NoticeTemplates templates;
    private final CouncilVoices voices;

    public BuddyNoticeContent(BuddyPairRepository pairs, NoticeTemplates templates, CouncilVoices voices) {
        this.pairs = pairs;
        this.templates = templates;
        this.voices = voices;
    }

    @Override
    public String subjectType() {
        return BuddyNotices.SUBJECT;
    }

    /** The monthly reminder waits for the council's sending hours; the news of the pairing goes at once. */
    @Override
    public boolean waitsForSendWindow(String kind) {
        return BuddyNotices.CHECK_IN.equals(kind);
    }

    @Override
    public Rendered render(Reminder reminder, Contact to) {
        Optional<BuddyPair> found = pairs.findById(UUID.fromString(reminder.subjectId()));
        if (found.isEmpty() || found.get().ended()) {
            return Rendered.skip("the pairing was ended");
        }
        BuddyPair pair = found.get();
        NoticeKind kind;
        if (BuddyNotices.PAIRED.equals(reminder.kind())) {
            kind = pair.newcomerId().equals(to.personId()) ? NoticeKind.BUDDY_PAIRED_NEWCOMER : NoticeKind.BUDDY_PAIRED_BUDDY;
        } else {
            if (pair.lastCheckIn() != null && reminder.deadline() != null
                    && !pair.lastCheckIn().isBefore(reminder.deadline().minusDays(MET_LATELY_DAYS))) {
                return Rendered.skip("the pair met on " + pair.lastCheckIn());
            }
            kind = NoticeKind.BUDDY_CHECK_IN_DUE;
        }
        NoticeTemplates.Filled filled = templates.write(kind, values(pair, to.personId(), to.fullName()));
        return Rendered.send(Letter.compose(to.email(), List.of(), filled.subject(), to.fullName(), filled.paragraphs(),
                reminder.messageId(), voices.current()));
    }

    /** The placeholders of the three buddy emails, for one of the pair. */
    static Map<String, String> values(BuddyPair pair, String personId, String fullName) {
        return Map.of("name", fullName, "buddy", pair.buddyName(), "newcomer", pair.newcomerName(),
                "other", pair.otherThan(personId), "until", Letter.longDate(pair.checkInsUntil()));
    }
}
