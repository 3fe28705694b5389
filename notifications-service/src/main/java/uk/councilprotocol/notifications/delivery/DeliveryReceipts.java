package uk.councilprotocol.notifications.delivery;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.councilprotocol.notifications.contacts.ContactBook;
import uk.councilprotocol.notifications.mail.SentMail;
import uk.councilprotocol.notifications.mail.SentMailRepository;
import uk.councilprotocol.notifications.reminders.Reminder;
import uk.councilprotocol.notifications.reminders.ReminderRepository;
import uk.councilprotocol.notifications.reminders.ReminderSettings;
import uk.councilprotocol.notifications.reminders.ReminderStatus;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What became of an email after it left, written to the sent-mail log beside the send: GOV.UK Notify's delivery
 * receipts, and the bounces a mail server returns later ({@link #bounced}). From Notify: delivered;
 * a permanent failure (no such address: kept for HR and the Hub, as an SMTP refusal for good is, and the reminder
 * failed); a temporary failure (Notify tried for 72 hours: the reminder failed); a technical failure (Notify's own:
 * the reminder is tried again). A receipt told twice is recorded once.
 */
@Singleton
public class DeliveryReceipts {
    private static final Logger LOG = LoggerFactory.getLogger(DeliveryReceipts.class);

    /** Notify's statuses for an email it has finished with. */
    public enum Outcome {
        DELIVERED("delivered", "DELIVERED", null),
        PERMANENT_FAILURE("permanent-failure", "FAILED", "GOV.UK Notify: the address does not exist (permanent failure)"),
        TEMPORARY_FAILURE("temporary-failure", "FAILED",
                "GOV.UK Notify: not delivered after 72 hours (inbox full, or refused as spam; temporary failure)"),
        TECHNICAL_FAILURE("technical-failure", "FAILED", "GOV.UK Notify: not sent, a problem of its own (technical failure)");

        private final String notifyStatus;
        private final String logStatus;
        private final String error;

        Outcome(String notifyStatus, String logStatus, String error) {
            this.notifyStatus = notifyStatus;
            this.logStatus = logStatus;
            this.error = error;
        }

        public static Optional<Outcome> of(String notifyStatus) {
            for (Outcome outcome : values()) {
                if (outcome.notifyStatus.equals(notifyStatus)) {
                    return Optional.of(outcome);
                }
            }
            return Optional.empty();
        }
    }

    private final SentMailRepository sentMail;
    private final ReminderRepository reminders;
    private final ContactBook contacts;
    private final ReminderSettings settings;
    private final Clock clock;

    public DeliveryReceipts(SentMailRepository sentMail, ReminderRepository reminders, ContactBook contacts,
                            ReminderSettings settings, Clock clock) {
        this.sentMail = sentMail;
        this.reminders = reminders;
        this.contacts = contacts;
        this.settings = settings;
        this.clock = clock;
    }

    /** @return false when no email of this council has that Message-ID (a receipt for someone else's) */
    @Transactional
    public boolean record(String messageId, String recipient, Outcome outcome) {
        Effect effect = switch (outcome) {
            case DELIVERED -> Effect.DELIVERED;
            case PERMANENT_FAILURE -> Effect.ADDRESS_GONE;
            case TEMPORARY_FAILURE -> Effect.GAVE_UP;
            case TECHNICAL_FAILURE -> Effect.TRY_AGAIN;
        };
        return apply(messageId, recipient, outcome.logStatus, outcome.error, effect, "GOV.UK Notify: " + outcome.notifyStatus);
    }

    /**
     * A bounce read from the bounce mailbox ({@link BounceMailbox}): a permanent failure (5.x.x) is an address gone,
     * kept for HR and the Hub; a temporary one the mail server gave up on (4.x.x after its own retries) fails the
     * reminder but leaves the address be. A bounce read twice is recorded once.
     *
     * @return false when no email of this council has that Message-ID
     */
    @Transactional
    public boolean bounced(Bounce bounce) {
        return apply(bounce.messageId(), bounce.recipient(), "FAILED", bounce.reason(),
                bounce.permanent() ? Effect.ADDRESS_GONE : Effect.GAVE_UP, "bounce " + bounce.status());
    }

    /** What a receipt means for the address and the reminder. */
    private enum Effect { DELIVERED, ADDRESS_GONE, GAVE_UP, TRY_AGAIN }

    private boolean apply(String messageId, String recipient, String logStatus, String error, Effect effect, String said) {
        List<SentMail> attempts = sentMail.findByMessageIdOrderByAt(messageId);
        if (attempts.isEmpty()) {
            return false;
        }
        // the dispatcher's last send of it (a technical failure sends it again), and the receipts since
        int last = 0;
        for (int i = 0; i < attempts.size(); i++) {
            last = "SENT".equals(attempts.get(i).status()) ? i : last;
        }
        SentMail sent = attempts.get(last);
        if (attempts.subList(last + 1, attempts.size()).stream().anyMatch(a -> a.recipient().equalsIgnoreCase(recipient)
                && a.status().equals(logStatus) && Objects.equals(a.error(), error))) {
            return true;   // told again
        }
        Instant now = clock.instant();
        sentMail.save(new SentMail(UUID.randomUUID(), sent.reminderId(), recipient, new String[0], sent.subject(),
                logStatus, error, messageId, now));
        if (effect == Effect.ADDRESS_GONE) {
            contacts.refused(recipient, error, now);
        }
        if (effect != Effect.DELIVERED) {
            reminders.findById(sent.reminderId()).filter(r -> ownMail(r, messageId, recipient, sent))
                    .ifPresent(r -> reminders.update(effect == Effect.TRY_AGAIN
                            ? r.failed(error, now, settings.retryBackoff())
                            : r.closed(ReminderStatus.FAILED, error)));
            LOG.warn("{} was not delivered to {}: {}", messageId, recipient, said);
        }
        return true;
    }

    /** The reminder's own email to its person (not a copy to a manager, not a weekly summary carrying it), still sent. */
    private static boolean ownMail(Reminder reminder, String messageId, String recipient, SentMail sent) {
        return reminder.messageId().equals(messageId) && sent.recipient().equalsIgnoreCase(recipient)
                && reminder.status() == ReminderStatus.SENT;
    }
}
