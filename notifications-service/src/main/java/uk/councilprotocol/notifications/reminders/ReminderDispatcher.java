package uk.councilprotocol.notifications.reminders;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import io.opentelemetry.api.trace.SpanKind;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.councilprotocol.notifications.contacts.Contact;
import uk.councilprotocol.notifications.contacts.ContactBook;
import uk.councilprotocol.notifications.mail.MailRefused;
import uk.councilprotocol.notifications.mail.OutgoingMail;
import uk.councilprotocol.platform.ids.TimeOrderedIds;
import uk.councilprotocol.platform.tenancy.Councils;
import uk.councilprotocol.platform.tracing.Traces;
import uk.councilprotocol.notifications.mail.SentMail;
import uk.councilprotocol.notifications.mail.SentMailRepository;
import uk.councilprotocol.notifications.mail.Mailer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.ArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Sends the reminders whose time has come. Each reminder is locked, sent and marked in a transaction of its own,
 * so two instances never send the same one, and a replica killed mid-send leaves at most the one email the SMTP
 * server accepted unrecorded (with batches of ten it left up to nine, sent again after the restart: the fault suite
 * counted the duplicate). A failed send stays pending with a growing back-off and is never dropped. A reminder someone
 * chose to receive later (in the weekly digest) is held instead ({@link Holding}); one whose time came outside the
 * council's sending hours waits for them ({@link SendWindow}). Several senders work through a council's due
 * reminders side by side ({@code notifications.dispatch-workers}, one kept SMTP connection each), each locking the
 * next one no other has ({@code FOR UPDATE SKIP LOCKED}): one sender waits on the mail server for most of each
 * reminder, so the 08:00 burst goes out several times faster.
 */
@Singleton
public class ReminderDispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(ReminderDispatcher.class);
    /** One reminder a transaction: a commit costs far less than the SMTP send beside it. */
    private static final int BATCH = 1;
    /** How long a reminder waits for its person's details before it is skipped. */
    static final Duration CONTACT_WAIT = Duration.ofDays(1);
    /**
     * How long a reminder waits for the details of whoever it copies, then goes without them: long enough for an
     * event on another partition, short enough that a manager missing from the roster delays the person's own notice
     * only a little.
     */
    static final Duration COPIED_WAIT = Duration.ofMinutes(15);
    /** Meanwhile it is looked at again this often, should the release ever be missed. */
    private static final Duration CONTACT_LOOK_AGAIN = Duration.ofMinutes(5);
    /** A message the server keeps refusing for now (a full mailbox) is tried for this long after the first refusal, then given up. */
    static final Duration GIVE_UP_AFTER = Duration.ofHours(72);

    private final ReminderRepository reminders;
    private final SentMailRepository sentMail;
    private final Mailer mailer;
    private final Map<String, ReminderContent> contents;
    private final ReminderSettings settings;
    private final Clock clock;
    private final Counter sent;
    private final Counter failed;
    private final Holding holding;
    private final ContactBook contacts;
    private final Councils councils;
    private final UnrecordedSends unrecorded;
    private final SendWindow window;
    private final Traces traces;
    private final int workers;
    private final ExecutorService senders;

    public ReminderDispatcher(ReminderRepository reminders, SentMailRepository sentMail, Mailer mailer,
                              List<ReminderContent> contents, ReminderSettings settings, Clock clock,
                              MeterRegistry meters, Holding holding, ContactBook contacts, Councils councils,
                              UnrecordedSends unrecorded, SendWindow window, Traces traces,
                              @Value("${notifications.dispatch-workers:4}") int workers) {
        this.workers = Math.max(1, workers);
        AtomicInteger number = new AtomicInteger();
        this.senders = Executors.newFixedThreadPool(this.workers, work -> {
            Thread thread = new Thread(work, "reminder-sender-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.traces = traces;
        this.unrecorded = unrecorded;
        this.window = window;
        this.councils = councils;
        this.holding = holding;
        this.contacts = contacts;
        this.reminders = reminders;
        this.sentMail = sentMail;
        this.mailer = mailer;
        this.contents = contents.stream().collect(Collectors.toMap(ReminderContent::subjectType, Function.identity()));
        this.settings = settings;
        this.clock = clock;
        this.sent = meters.counter("reminders.sent");
        this.failed = meters.counter("reminders.failed");
    }

    @Scheduled(fixedDelay = "${notifications.dispatch-interval:30s}", initialDelay = "${notifications.dispatch-initial-delay:2s}")
    void dispatchDue() {
        councils.forEachServed(this::dispatchCouncil);
    }

    /** Everything due for the council in scope, by every sender at once, until none is left or the mail server stops. */
    void dispatchCouncil() {
        if (workers == 1) {
            sendUntilNoneIsDue();
            return;
        }
        PropagatedContext council = PropagatedContext.getOrEmpty();   // the council in scope, for each sender's queries
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            running.add(senders.submit(() -> {
                try (PropagatedContext.Scope ignored = council.propagate()) {
                    sendUntilNoneIsDue();
                }
            }));
        }
        for (Future<?> sender : running) {
            try {
                sender.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
            }
        }
    }

    /** One sender: a reminder a transaction until none is left or the mail server stops. */
    private void sendUntilNoneIsDue() {
        DispatchResult result;
        do {
            result = dispatchBatch();
            unrecorded.recorded(result.locked());   // committed: their "sent" is written
        } while (result.locked().size() == BATCH && !result.stopped());
    }

    public record DispatchResult(List<UUID> locked, boolean stopped) {
    }

    @PreDestroy
    void stopSenders() {
        senders.shutdownNow();
    }

    @Transactional
    public DispatchResult dispatchBatch() {
        Instant now = clock.instant();
        List<Reminder> due = reminders.lockDue(now, BATCH);
        List<UUID> locked = due.stream().map(Reminder::id).toList();
        for (Reminder reminder : due) {
            // in the trace of the change that planned it (or the department's call behind that)
            boolean goOn = traces.within("send reminder " + reminder.kind(), SpanKind.PRODUCER, reminder.traceParent(),
                    Map.of("reminder.id", reminder.id().toString(), "reminder.subject", reminder.subjectType() + "/"
                            + reminder.subjectId()), () -> dispatch(reminder, now));
            if (!goOn) {
                return new DispatchResult(locked, true);
            }
        }
        return new DispatchResult(locked, false);
    }

    /**
     * A person the service has not heard of yet: their details (PersonRegistered) and the event that planned this
     * reminder come on different topics, so the reminder may be read first. It waits for them, for a day at most;
     * after that, as for a person who has left, it is skipped.
     */
    private static boolean awaitsContact(Reminder reminder, Optional<Contact> contact, Instant now) {
        return contact.isEmpty() && reminder.createdAt().plus(CONTACT_WAIT).isAfter(now);
    }

    /** Whoever the email copies but the service has not heard of yet, for the first {@link #COPIED_WAIT}. */
    private Optional<String> awaitsCopied(Reminder reminder, Optional<Contact> contact, Instant now) {
        ReminderContent content = contents.get(reminder.subjectType());
        if (content == null || contact.isEmpty() || !contact.get().active() || !reminder.createdAt().plus(COPIED_WAIT).isAfter(now)) {
            return Optional.empty();
        }
        return content.awaitsCopied(reminder, contact.get());
    }

    private boolean waitsForSendWindow(Reminder reminder) {
        ReminderContent content = contents.get(reminder.subjectType());
        return content != null && content.waitsForSendWindow(reminder.kind());
    }

    private ReminderContent.Rendered render(Reminder reminder, Optional<Contact> contact) {
        ReminderContent content = contents.get(reminder.subjectType());
        if (content == null) {
            return ReminderContent.Rendered.skip("no content for subject type " + reminder.subjectType());
        }
        Optional<Contact> recipient = contact.filter(Contact::active);
        return recipient.isEmpty() ? ReminderContent.Rendered.skip("no active contact for " + reminder.personId())
                : content.render(reminder, recipient.get());
    }

    /** @return false when SMTP is unavailable and the rest of the batch should wait */
    private boolean dispatch(Reminder reminder, Instant now) {
        Optional<Contact> contact = contacts.find(reminder.personId());
        if (awaitsContact(reminder, contact, now)) {
            // released as soon as the person's details are committed (ContactsArrival, whose release waits
            // for this transaction's lock on the reminder, so it sees the hold); looked at again before long should a
            // release ever be missed
            reminders.awaitContact(reminder.id(), now.plus(CONTACT_LOOK_AGAIN));
            return true;
        }
        Optional<String> copied = awaitsCopied(reminder, contact, now);
        if (copied.isPresent()) {
            // likewise, released as soon as the copied manager's details arrive
            reminders.awaitCopied(reminder.id(), copied.get(), now.plus(CONTACT_LOOK_AGAIN));
            return true;
        }
        ReminderContent.Rendered rendered = render(reminder, contact);
        if (rendered.mail() == null) {
            reminders.update(reminder.closed(ReminderStatus.SKIPPED, rendered.skipReason()));
            return true;
        }
        OutgoingMail mail = rendered.mail();
        if (holding.holdsForLater(reminder, mail, now)) {
            reminders.update(reminder.digested(now));
            return true;
        }
        // after the digest's turn: what waits for Monday's summary need not wait for the sending hours as well
        Optional<Instant> opens = waitsForSendWindow(reminder) ? window.shutUntil(now) : Optional.empty();
        if (opens.isPresent()) {
            reminders.update(reminder.heldUntil(opens.get()));
            return true;
        }
        Optional<Instant> sentBefore = unrecorded.sentAt(reminder.id());
        try {
            if (sentBefore.isEmpty()) {
                mailer.send(mail);
                unrecorded.sent(reminder.id(), now);
            }
            Instant sentAt = sentBefore.orElse(now);
            reminders.update(reminder.sent(sentAt));
            log(reminder, mail, "SENT", null, sentAt);
            sent.increment();
            return true;
        } catch (CallNotPermittedException open) {
            // the circuit is open: nothing was tried, so nothing is marked; the rest waits for the server
            return false;
        } catch (MailRefused refused) {
            settle(reminder, mail, refused, now);
            return true;
        } catch (Exception e) {
            String error = e.toString();
            if (!mailer.unreachable(e)) {
                refusedForNow(reminder, mail, error, now);
                return true;
            }
            // a server that cannot be reached is tried again as soon as it answers (the circuit breaker paces that)
            reminders.update(reminder.unreachable(error));
            log(reminder, mail, "FAILED", error, now);
            failed.increment();
            LOG.warn("Reminder {} ({}) not sent, will retry: {}", reminder.id(), reminder.kind(), error);
            return false;
        }
    }

    /**
     * The server refused recipients. Each address refused for good is kept for HR and the Hub. The reminder is sent
     * if its person has it (a refused copy to a manager does not undo that); failed for good if they were refused
     * for good; otherwise (a full mailbox) tried again later, as any refusal for now.
     */
    private void settle(Reminder reminder, OutgoingMail mail, MailRefused refused, Instant now) {
        refused.refusals().stream().filter(MailRefused.Refusal::permanent)
                .forEach(refusal -> contacts.refused(refusal.address(), refusal.reply(), now));
        if (refused.delivered().stream().anyMatch(mail.to()::equalsIgnoreCase)) {
            reminders.update(reminder.sent(now));
            log(reminder, mail, "SENT", refused.getMessage(), now);
            sent.increment();
        } else if (refused.forGood()) {
            reminders.update(reminder.closed(ReminderStatus.FAILED, refused.getMessage()));
            log(reminder, mail, "FAILED", refused.getMessage(), now);
            failed.increment();
            LOG.warn("Reminder {} ({}) not sent, not tried again: {}", reminder.id(), reminder.kind(), refused.getMessage());
        } else {
            refusedForNow(reminder, mail, refused.getMessage(), now);
        }
    }

    /** Tried again after a wait that doubles each time, until 72 hours after the first refusal. */
    private void refusedForNow(Reminder reminder, OutgoingMail mail, String error, Instant now) {
        boolean givenUp = reminder.firstFailedAt() != null && reminder.firstFailedAt().plus(GIVE_UP_AFTER).isBefore(now);
        reminders.update(givenUp ? reminder.closed(ReminderStatus.FAILED, "not delivered within 72 hours: " + error)
                : reminder.failed(error, now, settings.retryBackoff()));
        log(reminder, mail, "FAILED", error, now);
        failed.increment();
        LOG.warn("Reminder {} ({}) not sent, {}: {}", reminder.id(), reminder.kind(), givenUp ? "given up" : "will retry", error);
    }

    private void log(Reminder reminder, OutgoingMail mail, String status, String error, Instant at) {
        sentMail.save(new SentMail(TimeOrderedIds.next(), reminder.id(), mail.to(), mail.cc().toArray(String[]::new),
                mail.subject(), status, error, mail.messageId(), at));
    }
}
