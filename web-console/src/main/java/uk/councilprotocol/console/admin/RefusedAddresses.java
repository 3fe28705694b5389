package uk.councilprotocol.console.admin;

import uk.councilprotocol.console.backend.Backends;
import uk.councilprotocol.console.signin.Session;
import uk.councilprotocol.contracts.notifications.v1.ListUndeliverableRequest;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The addresses the mail server refuses, as the Sent mail page and the Hub's board show them (fragment
 * {@code refused-addresses}): for those who may see them (HR, the Hub, the MO, the administrator), nobody else.
 */
public final class RefusedAddresses {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    /** An address the mail server refuses, and whose it is. */
    public record Refused(String person, String email, String reply, String when) {
    }

    private RefusedAddresses() {
    }

    public static List<Refused> of(Backends backends, Session session) {
        if (!session.has("hr", "hub", "standards", "admin")) {
            return List.of();
        }
        return backends.reminders(session).listUndeliverable(ListUndeliverableRequest.getDefaultInstance()).getAddressesList()
                .stream().map(a -> new Refused(a.getFullName().isEmpty() ? "Not on the roster" : a.getFullName() + " (" + a.getPersonId() + ")",
                        a.getEmail(), a.getReply(), WHEN.format(Instant.ofEpochSecond(a.getRefusedAt().getSeconds())))).toList();
    }
}
