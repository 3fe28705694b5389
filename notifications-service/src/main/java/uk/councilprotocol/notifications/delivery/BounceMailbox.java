package uk.councilprotocol.notifications.delivery;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.councilprotocol.platform.tenancy.Councils;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

/**
 * Reads the bounce mailbox over IMAP: each delivery report's failed recipients go into the sent-mail log of the
 * council whose email it returns ({@link DeliveryReceipts#bounced}: an address gone is kept for HR and the Hub, the
 * reminder failed), and the report is deleted. Anything else in the mailbox (an auto-reply) is deleted as read. A
 * report is acted on by the one replica that claims it first ({@code bounce_read}); one still in the mailbox ten
 * minutes after its claim (the replica stopped, or the database failed, before it was recorded) is taken again, and
 * recording it twice records it once.
 */
@Singleton
@Requires(property = "notifications.bounces.imap-host", pattern = ".+")
public class BounceMailbox {
    private static final Logger LOG = LoggerFactory.getLogger(BounceMailbox.class);
    /** How long a claim keeps other replicas off a report: longer than any read, so one still in the mailbox after it was abandoned. */
    static final Duration CLAIM_HELD_FOR = Duration.ofMinutes(10);

    private final BounceSettings settings;
    private final DeliveryReceipts receipts;
    private final BounceReadRepository reads;
    private final Councils councils;
    private final Clock clock;

    public BounceMailbox(BounceSettings settings, DeliveryReceipts receipts, BounceReadRepository reads, Councils councils,
                         Clock clock) {
        this.settings = settings;
        this.receipts = receipts;
        this.reads = reads;
        this.councils = councils;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${notifications.bounces.interval:1m}", initialDelay = "15s")
    void readOnSchedule() {
        try {
            read();
        } catch (MessagingException | IOException e) {
            LOG.warn("The bounce mailbox could not be read; trying again at the next interval: {}", e.toString());
        }
    }

    /** @return how many failed recipients were matched to an email of ours */
    public int read() throws MessagingException, IOException {
        Properties properties = new Properties();
        properties.put("mail.imap.connectiontimeout", "10000");
        properties.put("mail.imap.timeout", "30000");
        Store store = Session.getInstance(properties).getStore(settings.ssl() ? "imaps" : "imap");
        store.connect(settings.imapHost(), settings.imapPort(), settings.username(), settings.password());
        int matched = 0;
        try {
            Folder folder = store.getFolder(settings.folder());
            folder.open(Folder.READ_WRITE);
            try {
                for (Message message : folder.getMessages()) {
                    if (!message.isSet(Flags.Flag.DELETED)) {
                        // read whole, once, then parsed here: not a part at a time over IMAP
                        matched += take(new MimeMessage((MimeMessage) message));
                        message.setFlag(Flags.Flag.DELETED, true);
                    }
                }
            } finally {
                folder.close(true);   // expunged: each report is read once
            }
        } finally {
            store.close();
        }
        return matched;
    }

    private int take(MimeMessage message) throws MessagingException, IOException {
        List<Bounce> bounces = Bounce.in(message);
        if (bounces.isEmpty()) {
            LOG.info("Not a delivery report of ours, deleted from the bounce mailbox: {}", message.getSubject());
            return 0;
        }
        String bounceId = message.getMessageID() != null ? message.getMessageID()
                : UUID.nameUUIDFromBytes((message.getSubject() + message.getSentDate()).getBytes(StandardCharsets.UTF_8)).toString();
        Instant now = clock.instant();
        boolean ours = Councils.callAs(councils.defaultCouncil(), () -> reads.claim(bounceId, now, now.minus(CLAIM_HELD_FOR)) == 1);
        if (!ours) {
            return 0;   // another replica took it
        }
        int matched = 0;
        for (Bounce bounce : bounces) {
            // the mailbox is the deployment's: the email is in the log of the one council that sent it
            if (councils.served().stream().anyMatch(council -> Councils.callAs(council, () -> receipts.bounced(bounce)))) {
                matched++;
            } else {
                LOG.info("A bounce for {} names no email of any council served here: {}", bounce.recipient(), bounce.messageId());
            }
        }
        return matched;
    }
}
