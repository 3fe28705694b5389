package uk.councilprotocol.testkit;

import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.net.ServerSocket;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** A real SMTP server (GreenMail) that keeps what it receives, so tests and people can read it. */
public final class MailServer implements AutoCloseable {
    private final GreenMail greenMail;
    private final int smtpPort;

    private MailServer(GreenMail greenMail, int smtpPort) {
        this.greenMail = greenMail;
        this.smtpPort = smtpPort;
    }

    /** @param smtpPort 0 for a free port */
    public static MailServer start(int smtpPort) {
        int port = smtpPort > 0 ? smtpPort : freePort();
        GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        return new MailServer(greenMail, port);
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int smtpPort() {
        return smtpPort;
    }

    public List<MimeMessage> received() {
        return Arrays.asList(greenMail.getReceivedMessages());
    }

    /**
     * What was delivered to this address's mailbox (To or Cc), one entry per delivery. (The server keeps a
     * copy per recipient, so {@link #received()} lists a message sent to two people twice.)
     */
    public List<MimeMessage> mailbox(String address) {
        // GreenMail hands out the mailbox's own list, which a delivery may change while it is copied: copy again.
        for (int attempt = 1; ; attempt++) {
            try {
                GreenMailUser user = greenMail.getUserManager().getUserByEmail(address);
                if (user == null) {
                    return List.of();
                }
                return greenMail.getManagers().getImapHostManager().getInbox(user).getMessages().stream()
                        .map(StoredMessage::getMimeMessage).toList();
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
