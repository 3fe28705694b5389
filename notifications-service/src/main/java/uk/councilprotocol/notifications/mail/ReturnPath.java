package uk.councilprotocol.notifications.mail;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The envelope sender an email goes out with when the deployment reads its bounces ({@code smtp.return-path:
 * bounces@council.example.gov.uk}): the return path tagged with the email's Message-ID,
 * {@code bounces+reminder-<id>=council-protocol@council.example.gov.uk}, so a bounce names the email it returns
 * whatever the remote server puts in it (VERP). The mail server delivers every tagged address to the one mailbox.
 */
public final class ReturnPath {
    private static final Pattern TAGGED = Pattern.compile("\\+([A-Za-z0-9._-]+)=([A-Za-z0-9.-]+)@");

    private ReturnPath() {
    }

    /** The envelope sender for the email with this Message-ID ({@code <local@domain>}). */
    public static String of(String returnPath, String messageId) {
        String id = messageId.replaceAll("^<|>$", "");
        int at = returnPath.lastIndexOf('@');
        return returnPath.substring(0, at) + "+" + id.replace('@', '=') + returnPath.substring(at);
    }

    /** The Message-ID an address carrying a tag names, if it carries one. */
    public static Optional<String> messageIdIn(String address) {
        Matcher tag = TAGGED.matcher(address);
        return tag.find() ? Optional.of("<" + tag.group(1) + "@" + tag.group(2) + ">") : Optional.empty();
    }
}
