package uk.councilprotocol.notifications.mail;

import jakarta.annotation.PreDestroy;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.angus.mail.smtp.SMTPMessage;
import jakarta.mail.internet.MimeMultipart;
import uk.councilprotocol.platform.resilience.ResilientCalls;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Deque;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedDeque;
import jakarta.mail.Authenticator;
import org.eclipse.angus.mail.util.MailConnectException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import jakarta.mail.SendFailedException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Sends mail over SMTP with Jakarta Mail, every attempt guarded by Resilience4j ("smtp"). Connections are kept open
 * between sends (a few, one per sending thread at a time): a new connection per email — connect, greeting, EHLO, QUIT
 * — held the dispatcher to about 20 emails a second. A kept connection is checked (NOOP) before each use and
 * replaced if the server has closed it; one that fails a send is closed, never reused.
 */
@Singleton
@Requires(property = Mailer.CHANNEL, value = "smtp", defaultValue = "smtp")
public class SmtpMailer implements Mailer {
    public static final String DEPENDENCY = "smtp";
    /** Idle connections kept for the next send; more are closed. */
    private static final int KEPT = 4;
    private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";
    private final Deque<Transport> idle = new ConcurrentLinkedDeque<>();

    private final SmtpSettings settings;
    private final ResilientCalls resilience;
    private final Session session;

    static {
        // Jakarta Mail 2.1 finds its stream provider with a ServiceLoader scan of every jar each time it creates or
        // writes a body part (jakartaee/mail-api#861): a fifth of a sender's time in the reminder sweep's profile.
        // Named, it is a class lookup.
        if (System.getProperty(STREAM_PROVIDER) == null) {
            System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

    public SmtpMailer(SmtpSettings settings, ResilientCalls resilience) {
        this.settings = settings;
        this.resilience = resilience;
        this.session = Session.getInstance(properties(settings), settings.authenticated() ? new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(settings.username(), settings.password());
            }
        } : null);
    }

    @Override
    public void send(OutgoingMail mail) throws Exception {
        MimeMessage message = toMessage(mail);
        resilience.call(DEPENDENCY, () -> {
            sendOnKeptConnection(message);
            return null;
        });
    }

    private void sendOnKeptConnection(MimeMessage message) throws MessagingException, MailRefused {
        message.saveChanges();   // as Transport.send does: headers (our Message-ID) settled before sending
        Transport transport = idle.pollFirst();
        while (transport != null && !transport.isConnected()) {
            transport = idle.pollFirst();   // closed by the server while idle: let it go
        }
        if (transport == null) {
            transport = session.getTransport("smtp");
            transport.connect();
        }
        try {
            transport.sendMessage(message, message.getAllRecipients());
        } catch (SendFailedException e) {
            close(transport);
            throw refusal(e).orElseThrow(() -> e);
        } catch (MessagingException | RuntimeException e) {
            close(transport);
            throw e;
        }
        if (idle.size() < KEPT) {
            idle.offerFirst(transport);
        } else {
            close(transport);
        }
    }

    private static void close(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException ignored) {
            // already gone
        }
    }

    @PreDestroy
    void closeKept() {
        for (Transport transport = idle.pollFirst(); transport != null; transport = idle.pollFirst()) {
            close(transport);
        }
    }

    /** The server's refusal of recipients, when it refused some (rather than failing the whole message). */
    static Optional<MailRefused> refusal(SendFailedException failure) {
        List<MailRefused.Refusal> refusals = new ArrayList<>();
        for (Exception next = failure.getNextException(); next != null;
             next = next instanceof MessagingException m ? m.getNextException() : null) {
            if (next instanceof SMTPAddressFailedException address) {
                refusals.add(MailRefused.Refusal.smtp(address.getAddress().getAddress(), address.getReturnCode(),
                        address.getMessage().strip()));
            }
        }
        List<String> delivered = failure.getValidSentAddresses() == null ? List.of()
                : Arrays.stream(failure.getValidSentAddresses()).map(a -> ((InternetAddress) a).getAddress()).toList();
        return refusals.isEmpty() ? Optional.empty() : Optional.of(new MailRefused(refusals, delivered, failure));
    }

    @Override
    public boolean unreachable(Throwable failure) {
        return connectionFailed(failure);
    }

    /**
     * Whether a send failed because the server could not be reached, or went away mid-conversation (the connection
     * reset or closed with no reply), rather than refusing this message: either way it is tried again as soon as the
     * server answers, not after a refusal's back-off.
     */
    static boolean connectionFailed(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof MailConnectException || cause instanceof java.net.ConnectException
                    || cause instanceof java.net.UnknownHostException || cause instanceof java.net.SocketException
                    || cause instanceof java.io.EOFException) {
                return true;
            }
            if (cause instanceof org.eclipse.angus.mail.smtp.SMTPSendFailedException noReply && noReply.getReturnCode() < 0) {
                return true;   // "[EOF]": the server closed the connection before answering
            }
            if (cause instanceof MessagingException messaging && messaging.getNextException() != null
                    && connectionFailed(messaging.getNextException())) {
                return true;
            }
        }
        return false;
    }

    private MimeMessage toMessage(OutgoingMail mail) throws MessagingException, UnsupportedEncodingException {
        SMTPMessage message = new SMTPMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", mail.messageId());
            }
        };
        if (settings.tagsReturnPath()) {
            message.setEnvelopeFrom(ReturnPath.of(settings.returnPath(), mail.messageId()));
        }
        InternetAddress from = new InternetAddress(settings.from());
        if (mail.senderName() != null) {
            // the council's name for the sender, on the deployment's address (the one the relay may send as)
            from.setPersonal(mail.senderName(), StandardCharsets.UTF_8.name());
        }
        message.setFrom(from);
        if (mail.replyTo() != null) {
            message.setReplyTo(new InternetAddress[]{new InternetAddress(mail.replyTo())});
        }
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to()));
        for (String cc : mail.cc()) {
            message.addRecipient(Message.RecipientType.CC, new InternetAddress(cc));
        }
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternative = new MimeMultipart("alternative", text, withLogo(html, mail));
        if (mail.invite() != null) {
            // the iMIP form calendar programs read: the request as the last alternative, method in its content type
            MimeBodyPart calendar = new MimeBodyPart();
            calendar.setText(mail.invite().toIcs(from.getAddress(), mail.to()), StandardCharsets.UTF_8.name(), "calendar");
            calendar.setHeader("Content-Type", "text/calendar; charset=UTF-8; method=" + mail.invite().method());
            alternative.addBodyPart(calendar);
        }
        message.setContent(alternative);
        return message;
    }

    /** The HTML with the council's logo beside it, as the inline image its {@code cid:} refers to (multipart/related). */
    private static MimeBodyPart withLogo(MimeBodyPart html, OutgoingMail mail) throws MessagingException {
        if (mail.logo() == null) {
            return html;
        }
        MimeBodyPart image = new MimeBodyPart();
        image.setDataHandler(new jakarta.activation.DataHandler(
                new jakarta.mail.util.ByteArrayDataSource(mail.logo().content(), mail.logo().contentType())));
        image.setContentID("<" + Letter.LOGO_CID + ">");
        image.setDisposition(jakarta.mail.Part.INLINE);
        image.setFileName("logo." + (mail.logo().contentType().endsWith("png") ? "png" : "jpg"));
        MimeBodyPart related = new MimeBodyPart();
        related.setContent(new MimeMultipart("related", html, image));
        return related;
    }

    private static Properties properties(SmtpSettings settings) {
        Properties props = new Properties();
        String timeout = String.valueOf(settings.timeoutMillis());
        props.put("mail.smtp.host", settings.host());
        props.put("mail.smtp.port", String.valueOf(settings.port()));
        props.put("mail.smtp.auth", String.valueOf(settings.authenticated()));
        props.put("mail.smtp.starttls.enable", String.valueOf(settings.startTls()));
        props.put("mail.smtp.starttls.required", String.valueOf(settings.startTls()));
        props.put("mail.smtp.connectiontimeout", timeout);
        props.put("mail.smtp.timeout", timeout);
        props.put("mail.smtp.writetimeout", timeout);
        // a refused copy (a line manager's address gone) does not stop the person's own email; the refusal is reported
        props.put("mail.smtp.sendpartial", "true");
        return props;
    }
}
