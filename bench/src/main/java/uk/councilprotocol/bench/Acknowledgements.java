package uk.councilprotocol.bench;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import uk.councilprotocol.testkit.MailServer;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The acknowledgements in the councillors' mailboxes at the SMTP server, counted per enquiry reference. */
final class Acknowledgements {
    private static final Pattern SUBJECT = Pattern.compile("Your enquiry (\\S+) has been received");

    private Acknowledgements() {
    }

    static Map<String, Integer> countedAt(MailServer mail) {
        Map<String, Integer> perReference = new HashMap<>();
        for (int c = 0; c < EnquiryStream.COUNCILLORS; c++) {
            for (MimeMessage message : mail.mailbox(EnquiryStream.councillorEmail(c))) {
                Matcher matched = SUBJECT.matcher(subjectOf(message));
                if (matched.matches()) {
                    perReference.merge(matched.group(1), 1, Integer::sum);
                }
            }
        }
        return perReference;
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
