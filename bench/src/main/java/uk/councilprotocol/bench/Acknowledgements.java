package uk.councilprotocol.bench;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import uk.councilprotocol.testkit.MailServer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The acknowledgements in the councillors' mailboxes at the SMTP server, per enquiry reference: the Message-ID of each
 * copy that arrived. Two copies with one Message-ID are one email sent again; two Message-IDs are two emails.
 */
final class Acknowledgements {
    private static final Pattern SUBJECT = Pattern.compile("Your enquiry (\\S+) has been received");

    private final Map<String, List<String>> messageIds;

    private Acknowledgements(Map<String, List<String>> messageIds) {
        this.messageIds = messageIds;
    }

    static Acknowledgements at(MailServer mail) {
        Map<String, List<String>> perReference = new HashMap<>();
        for (int c = 0; c < EnquiryStream.COUNCILLORS; c++) {
            for (MimeMessage message : mail.mailbox(EnquiryStream.councillorEmail(c))) {
                Matcher matched = SUBJECT.matcher(subjectOf(message));
                if (matched.matches()) {
                    perReference.computeIfAbsent(matched.group(1), r -> new ArrayList<>()).add(header(message, "Message-ID"));
                }
            }
        }
        return new Acknowledgements(perReference);
    }

    boolean arrived(String reference) {
        return messageIds.containsKey(reference);
    }

    boolean allArrived(List<String> references) {
        return messageIds.keySet().containsAll(references);
    }

    /** Emails beyond the first for this enquiry: each a different Message-ID, so a different email. */
    int duplicates(String reference) {
        return Math.max(0, new HashSet<>(copies(reference)).size() - 1);
    }

    /** Copies beyond the first of an email already received (the same Message-ID): the same email sent again. */
    int resent(String reference) {
        return copies(reference).size() - new HashSet<>(copies(reference)).size();
    }

    /** The enquiries acknowledged whose call the bench did not see accepted. */
    List<String> referencesBeyond(Set<String> accepted) {
        return messageIds.keySet().stream().filter(reference -> !accepted.contains(reference)).toList();
    }

    private List<String> copies(String reference) {
        return messageIds.getOrDefault(reference, List.of());
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String header(MimeMessage message, String name) {
        try {
            return String.valueOf(message.getHeader(name, null));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
