package uk.councilprotocol.notifications.delivery;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.angus.mail.dsn.DeliveryStatus;
import uk.councilprotocol.notifications.mail.ReturnPath;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One recipient a mail server could not deliver an email to, read from its Delivery Status Notification (RFC 3464,
 * parsed by Angus Mail's dsn): the email by its Message-ID (from the tagged return path the bounce was sent to, else
 * from the returned headers), the recipient, the status (5.x.x permanent, 4.x.x a server that gave up retrying) and
 * the server's words.
 */
public record Bounce(String messageId, String recipient, String status, String diagnostic) {
    private static final String[] DELIVERED_TO = {"Delivered-To", "X-Original-To", "Envelope-To", "To"};

    public boolean permanent() {
        return status.startsWith("5");
    }

    /** What the sent-mail log says of it. */
    public String reason() {
        return "Bounced (" + status + (permanent() ? ", permanent" : ", the server gave up") + ")"
                + (diagnostic.isEmpty() ? "" : ": " + diagnostic);
    }

    /** Every failed recipient the report names; none when it is not a delivery report, or names no email of ours. */
    public static List<Bounce> in(MimeMessage report) throws MessagingException, IOException {
        if (!report.isMimeType("multipart/report") || !(report.getContent() instanceof Multipart parts)) {
            return List.of();
        }
        DeliveryStatus status = null;
        String returned = null;
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.isMimeType("message/delivery-status")) {
                status = part.getContent() instanceof DeliveryStatus parsed ? parsed : new DeliveryStatus(part.getInputStream());
            } else if (part.isMimeType("message/rfc822") || part.isMimeType("text/rfc822-headers")) {
                returned = new InternetHeaders(part.getInputStream()).getHeader("Message-ID", null);
            }
        }
        Optional<String> fromReturnedHeaders = Optional.ofNullable(returned).map(String::strip);
        Optional<String> messageId = taggedIn(report).or(() -> fromReturnedHeaders);
        if (status == null || messageId.isEmpty()) {
            return List.of();
        }
        List<Bounce> failed = new ArrayList<>();
        for (int i = 0; i < status.getRecipientDSNCount(); i++) {
            InternetHeaders recipient = status.getRecipientDSN(i);
            String action = recipient.getHeader("Action", null);
            String finalRecipient = afterType(recipient.getHeader("Final-Recipient", null));
            if (action != null && action.strip().toLowerCase(Locale.ROOT).startsWith("failed") && !finalRecipient.isEmpty()) {
                failed.add(new Bounce(messageId.get(), finalRecipient, Optional.ofNullable(recipient.getHeader("Status", null))
                        .map(String::strip).orElse("5.0.0"), afterType(recipient.getHeader("Diagnostic-Code", null))));
            }
        }
        return failed;
    }

    private static Optional<String> taggedIn(MimeMessage report) throws MessagingException {
        for (String header : DELIVERED_TO) {
            String[] values = report.getHeader(header);
            for (String value : values == null ? new String[0] : values) {
                Optional<String> tagged = ReturnPath.messageIdIn(value);
                if (tagged.isPresent()) {
                    return tagged;
                }
            }
        }
        Address[] to = report.getAllRecipients();
        for (Address address : to == null ? new Address[0] : to) {
            Optional<String> tagged = ReturnPath.messageIdIn(address.toString());
            if (tagged.isPresent()) {
                return tagged;
            }
        }
        return Optional.empty();
    }

    /** "rfc822; someone@example.gov.uk" → the address; "smtp; 550 5.1.1 …" → the server's words. */
    private static String afterType(String typed) {
        if (typed == null) {
            return "";
        }
        int semicolon = typed.indexOf(';');
        return (semicolon < 0 ? typed : typed.substring(semicolon + 1)).strip().replaceAll("\\s+", " ");
    }
}
