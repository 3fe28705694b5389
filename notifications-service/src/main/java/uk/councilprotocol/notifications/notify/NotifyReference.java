package uk.councilprotocol.notifications.notify;

import java.util.Optional;

/**
 * The reference given to Notify with each email and returned on its delivery receipt: the council the email was
 * for, then its Message-ID, so a receipt is matched to the council's own sent-mail log (one Notify service may send
 * for several councils; a council id never contains a space).
 */
public record NotifyReference(String council, String messageId) {

    public String text() {
        return council + " " + messageId;
    }

    public static Optional<NotifyReference> parse(String text) {
        int space = text == null ? -1 : text.indexOf(' ');
        return space <= 0 || space == text.length() - 1 ? Optional.empty()
                : Optional.of(new NotifyReference(text.substring(0, space), text.substring(space + 1)));
    }
}
