package uk.councilprotocol.testkit;

import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real SMTP server (GreenMail) that keeps what it receives, so tests and people can read it, and refuses the
 * recipients a test names ({@link #refuse}) as a real server refuses a mailbox that does not exist or is full.
 */
public final class MailServer implements AutoCloseable {
    private final RefusingGreenMail greenMail;
    private final int smtpPort;
    /** GreenMail forgets its mail when it stops: what each mailbox held before an outage is kept here. */
    private final Map<String, List<MimeMessage>> beforeOutages = new ConcurrentHashMap<>();

    private MailServer(RefusingGreenMail greenMail, int smtpPort) {
        this.greenMail = greenMail;
        this.smtpPort = smtpPort;
    }

    /** @param smtpPort 0 for a free port */
    public static MailServer start(int smtpPort) {
        int port = smtpPort > 0 ? smtpPort : FreePorts.one();
        RefusingGreenMail greenMail = new RefusingGreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        return new MailServer(greenMail, port);
    }

    public int smtpPort() {
        return smtpPort;
    }

    /**
     * From now on the server answers RCPT TO for this address with {@code reply}, for example
     * "550 5.1.1 No such mailbox" (permanent) or "452 4.2.2 Mailbox full" (temporary).
     */
    public void refuse(String address, String reply) {
        greenMail.refused.put(address.toLowerCase(Locale.ROOT), reply);
    }

    /** GreenMail whose SMTP side asks {@link #refused} about each recipient; its store is GreenMail's own. */
    private static final class RefusingGreenMail extends GreenMail {
        /** Assigned while GreenMail's constructor builds the services (before field initialisers run), so no initialiser. */
        private Map<String, String> refused;
        /** The SMTP side, whose lock each delivery takes (set with the services, as above). */
        private SmtpManager smtp;

        RefusingGreenMail(ServerSetup setup) {
            super(setup);
        }

        @Override
        protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
            if (refused == null) {
                refused = new ConcurrentHashMap<>();
            }
            Map<String, String> answers = refused;
            SmtpManager refusing = new SmtpManager(managers.getImapHostManager(), managers.getUserManager()) {
                @Override
                public String checkRecipient(SmtpState state, MailAddress address) {
                    return answers.get(address.getEmail().toLowerCase(Locale.ROOT));
                }
            };
            smtp = refusing;
            return super.createServices(config, new Managers() {
                @Override
                public SmtpManager getSmtpManager() {
                    return refusing;
                }

                @Override
                public UserManager getUserManager() {
                    return managers.getUserManager();
                }

                @Override
                public ImapHostManager getImapHostManager() {
                    return managers.getImapHostManager();
                }
            });
        }
    }

    /** Everything received, before an outage ({@link #stop()}) as well as since. */
    public List<MimeMessage> received() {
        List<MimeMessage> all = new ArrayList<>();
        beforeOutages.values().forEach(all::addAll);
        all.addAll(Arrays.asList(greenMail.getReceivedMessages()));
        return all;
    }

    /**
     * An outage: the port refuses connections until {@link #resume()}; what was received is kept. GreenMail delivers
     * under its SmtpManager's lock, held here from the copy to the stop, so no message can arrive in between and be in
     * neither (the fault suite lost one so, with several senders at once); a delivery that waits for the lock meets a
     * closed connection instead, and its sender tries again after the outage.
     */
    public synchronized void stop() {
        synchronized (greenMail.smtp) {
            for (GreenMailUser user : greenMail.getUserManager().listUser()) {
                beforeOutages.computeIfAbsent(user.getEmail(), address -> new CopyOnWriteArrayList<>()).addAll(inboxNow(user.getEmail()));
            }
            greenMail.stop();
        }
    }

    public synchronized void resume() {
        greenMail.start();
    }

    /**
     * What was delivered to this address's mailbox (To or Cc), one entry per delivery. (The server keeps a
     * copy per recipient, so {@link #received()} lists a message sent to two people twice.)
     */
    public List<MimeMessage> mailbox(String address) {
        List<MimeMessage> found = new ArrayList<>(beforeOutages.getOrDefault(address, List.of()));
        found.addAll(inboxNow(address));
        return found;
    }

    /** The running server's copy of a mailbox (since the last outage). */
    private List<MimeMessage> inboxNow(String address) {
        // GreenMail hands out the mailbox's own list, which a delivery may change while it is copied: copy again.
        for (int attempt = 1; ; attempt++) {
            try {
                GreenMailUser user = greenMail.getUserManager().getUserByEmail(address);
                return user == null ? List.of() : greenMail.getManagers().getImapHostManager().getInbox(user).getMessages()
                        .stream().map(StoredMessage::getMimeMessage).toList();
            } catch (java.util.ConcurrentModificationException e) {
                if (attempt == 10) {
                    throw e;
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    public List<MimeMessage> awaitMailbox(String address, int count, Duration timeout) {
        return Eventually.get(() -> {
            List<MimeMessage> found = mailbox(address);
            return found.size() >= count ? found : null;
        }, timeout, () -> "expected " + count + " message(s) for " + address + "; received: " + describe(received()));
    }

    public static boolean addressedTo(MimeMessage message, String address) {
        try {
            for (Message.RecipientType type : List.of(Message.RecipientType.TO, Message.RecipientType.CC)) {
                var recipients = message.getRecipients(type);
                if (recipients != null && Arrays.stream(recipients).anyMatch(a -> a.toString().contains(address))) {
                    return true;
                }
            }
            return false;
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain-text part of a message the platform sent (its first alternative). */
    public static String plainText(MimeMessage message) {
        try {
            return ((jakarta.mail.internet.MimeMultipart) message.getContent()).getBodyPart(0).getContent().toString();
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The message's calendar invite (its text/calendar part, folded lines unfolded), if it carries one. */
    public static java.util.Optional<String> calendar(MimeMessage message) {
        try {
            var parts = (jakarta.mail.internet.MimeMultipart) message.getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                if (parts.getBodyPart(i).getContentType().toLowerCase(Locale.ROOT).startsWith("text/calendar")) {
                    try (var in = parts.getBodyPart(i).getInputStream()) {
                        return java.util.Optional.of(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                                .replace("\r\n ", ""));
                    }
                }
            }
            return java.util.Optional.empty();
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The HTML of a message the platform sent, wherever it sits among the parts. */
    public static String html(MimeMessage message) {
        return find(message, p -> p.isMimeType("text/html")).map(p -> {
            try {
                return p.getContent().toString();
            } catch (MessagingException | java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }).orElseThrow(() -> new AssertionError("no HTML part"));
    }

    /** The bytes of the inline image a message's HTML refers to as {@code cid:<contentId>}, if it carries one. */
    public static java.util.Optional<byte[]> inlineImage(MimeMessage message, String contentId) {
        return find(message, p -> ("<" + contentId + ">").equals(((jakarta.mail.internet.MimeBodyPart) p).getContentID())
                && jakarta.mail.Part.INLINE.equalsIgnoreCase(p.getDisposition())).map(p -> {
            try (var in = p.getInputStream()) {
                return in.readAllBytes();
            } catch (MessagingException | java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The first part, at any depth of the message's multiparts, that matches. */
    private static java.util.Optional<jakarta.mail.BodyPart> find(MimeMessage message, PartTest test) {
        try {
            java.util.ArrayDeque<jakarta.mail.internet.MimeMultipart> open = new java.util.ArrayDeque<>();
            if (message.getContent() instanceof jakarta.mail.internet.MimeMultipart root) {
                open.add(root);
            }
            while (!open.isEmpty()) {
                var parts = open.poll();
                for (int i = 0; i < parts.getCount(); i++) {
                    jakarta.mail.BodyPart part = parts.getBodyPart(i);
                    if (part.getContent() instanceof jakarta.mail.internet.MimeMultipart inner) {
                        open.add(inner);
                    } else if (test.matches(part)) {
                        return java.util.Optional.of(part);
                    }
                }
            }
            return java.util.Optional.empty();
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private interface PartTest {
        boolean matches(jakarta.mail.BodyPart part) throws MessagingException;
    }

    public static String describe(List<MimeMessage> messages) {
        return messages.stream().map(m -> {
            try {
                return Arrays.toString(m.getAllRecipients()) + " '" + m.getSubject() + "'";
            } catch (MessagingException e) {
                return "?";
            }
        }).toList().toString();
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
