package uk.councilprotocol.notifications.preferences;

import io.micronaut.scheduling.annotation.Scheduled;
import uk.councilprotocol.notifications.voice.CouncilVoices;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.councilprotocol.notifications.contacts.Contact;
import uk.councilprotocol.notifications.contacts.ContactBook;
import uk.councilprotocol.notifications.mail.Letter;
import uk.councilprotocol.notifications.mail.MailRefused;
import uk.councilprotocol.notifications.mail.OutgoingMail;
import uk.councilprotocol.notifications.mail.SentMail;
import uk.councilprotocol.notifications.mail.SentMailRepository;
import uk.councilprotocol.platform.tenancy.Councils;
import uk.councilprotocol.notifications.mail.Mailer;
import uk.councilprotocol.notifications.reminders.ReminderRepository;
import uk.councilprotocol.notifications.reminders.ReminderSettings;
import uk.councilprotocol.notifications.reminders.SendWindow;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Sends each weekly digest on Monday at the send time (08:00), or when the council's sending hours next open (a bank
 * holiday Monday's waits for Tuesday): one email per person with every reminder held for them before then. The items
 * are locked and marked in the same transaction as the send, so a digest goes once; if SMTP fails they stay unsent and
 * the next run tries again; if the server refuses the address for good, they are closed and the address listed.
 */
@Singleton
public class DigestSender {
    private static final Logger LOG = LoggerFactory.getLogger(DigestSender.class);

    private final DigestItemRepository items;
    private final SentMailRepository sentMail;
    private final Mailer mailer;
    private final ReminderSettings settings;
    private final Clock clock;
    private final ContactBook contacts;
    private final Councils councils;
    private final ReminderRepository reminders;
    private final CouncilVoices voices;
    private final SendWindow window;

    public DigestSender(DigestItemRepository items, SentMailRepository sentMail, Mailer mailer, ReminderSettings settings,
                        Clock clock, ContactBook contacts, Councils councils, ReminderRepository reminders,
                        CouncilVoices voices, SendWindow window) {
        this.voices = voices;
        this.window = window;
        this.reminders = reminders;
        this.contacts = contacts;
        this.councils = councils;
        this.items = items;
        this.sentMail = sentMail;
        this.mailer = mailer;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${notifications.dispatch-interval:30s}", initialDelay = "5s")
    void sendDue() {
        Instant cutOff = lastDigestTime();
        councils.forEachServed(() -> {
            if (window.shutUntil(clock.instant()).isPresent()) {
                return;
            }
            for (String personId : items.peopleWithUnsent(cutOff)) {
                sendDigest(personId, cutOff);
            }
        });
    }

    /** The most recent Monday at the send time, now or before. */
    Instant lastDigestTime() {
        LocalDate today = LocalDate.now(clock);
        Instant thisMonday = settings.sendTimeOn(today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), clock);
        return thisMonday.isAfter(clock.instant()) ? settings.sendTimeOn(today.minusWeeks(1)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), clock) : thisMonday;
    }

    @Transactional
    public void sendDigest(String personId, Instant cutOff) {
        List<DigestItem> held = items.lockUnsent(personId, cutOff);
        if (held.isEmpty()) {
            return;
        }
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("Here is what is coming up for you this week (" + held.size() + (held.size() == 1 ? " reminder" : " reminders")
                + "). You chose a weekly summary; you can change that under \"My work\" in the platform.");
        held.forEach(item -> paragraphs.add(item.subject() + "\n" + item.body()));
        DigestItem first = held.get(0);
        OutgoingMail mail = Letter.compose(first.recipient(), List.of(), "Your weekly summary: " + held.size()
                + (held.size() == 1 ? " reminder" : " reminders"), contacts.find(personId).map(Contact::fullName).orElse("colleague"), paragraphs, "<digest-" + first.id() + "@council-protocol>", voices.current());
        Instant now = clock.instant();
        try {
            mailer.send(mail);
            held.forEach(item -> items.update(item.sent(now)));
            // the reminders it carried have now been sent: no longer held, so no longer cancellable
            reminders.markSentInDigest(held.stream().map(DigestItem::reminderId).toList(), now);
            sentMail.save(new SentMail(UUID.randomUUID(), first.reminderId(), mail.to(), new String[0], mail.subject(), "SENT",
                    null, mail.messageId(), now));
        } catch (MailRefused refused) {
            refused.refusals().stream().filter(MailRefused.Refusal::permanent)
                    .forEach(refusal -> contacts.refused(refusal.address(), refusal.reply(), now));
            if (!refused.forGood()) {
                // refused for now (a full mailbox): the items stay unsent and the next round tries again
                sentMail.save(new SentMail(UUID.randomUUID(), first.reminderId(), mail.to(), new String[0], mail.subject(),
                        "FAILED", refused.getMessage(), mail.messageId(), now));
                return;
            }
            // refused for good: not tried every round from now on; the address is kept for HR and the Hub
            held.forEach(item -> items.update(item.sent(now)));
            reminders.markFailedInDigest(held.stream().map(DigestItem::reminderId).toList(), refused.getMessage());
            sentMail.save(new SentMail(UUID.randomUUID(), first.reminderId(), mail.to(), new String[0], mail.subject(), "FAILED",
                    refused.getMessage(), mail.messageId(), now));
        } catch (Exception e) {
            LOG.warn("Weekly digest for {} not sent, will retry: {}", personId, e.toString());
            sentMail.save(new SentMail(UUID.randomUUID(), first.reminderId(), mail.to(), new String[0], mail.subject(), "FAILED",
                    e.toString(), mail.messageId(), now));
        }
    }
}
