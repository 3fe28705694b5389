package uk.councilprotocol.bench;

import uk.councilprotocol.deploy.Platform;

import java.time.Duration;
import java.util.List;

/**
 * The reminder sweep at a large council's scale: a million reminders open (not yet due) in notifications-service,
 * and a few thousand of the roster's real ones made due at once. Timed from that moment until none of them is
 * pending, and from the first email to the last as the SMTP server accepted them.
 */
final class ReminderSweep {
    private final Platform platform;
    private final MailSink mail;

    ReminderSweep(Platform platform, MailSink mail) {
        this.platform = platform;
        this.mail = mail;
    }

    record Result(long open, int due, double sweepSeconds, long sent, double emailsPerSecond) {
    }

    Result run(long open, int due) throws InterruptedException {
        // the council with the most training reminders still to send (the roster's), not whichever row comes first:
        // after the completions' runs that can be one of the fifty small councils, with a few hundred
        String council = Checks.strings(platform, "SELECT council FROM notifications.reminder WHERE status = 'PENDING' "
                + "AND subject_type = 'training-assignment' GROUP BY council ORDER BY count(*) DESC LIMIT 1").get(0);
        // the open deadlines: far off, about nothing the dispatcher can send, so only the index is tested by them
        Checks.update(platform, "INSERT INTO notifications.reminder (id, subject_type, subject_id, person_id, kind, send_at, "
                + "status, attempts, next_attempt_at, created_at, council) SELECT gen_random_uuid(), 'bench-sweep', "
                + "'sweep-' || n, 'nobody', 'DUE_IN_30_DAYS', now() + interval '60 days', 'PENDING', 0, "
                + "now() + interval '60 days', now(), '" + council + "' FROM generate_series(1, " + open + ") n");
        Checks.update(platform, "ANALYZE notifications.reminder");
        List<String> chosen = Checks.strings(platform, "SELECT id FROM notifications.reminder WHERE status = 'PENDING' "
                + "AND subject_type = 'training-assignment' AND council = '" + council + "' ORDER BY next_attempt_at LIMIT " + due);
        String ids = "'" + String.join("','", chosen) + "'";
        int mark = mail.mark();
        long begun = System.nanoTime();
        Checks.update(platform, "UPDATE notifications.reminder SET next_attempt_at = now() WHERE id IN (" + ids + ")");
        Checks.awaitAtLeast(chosen.size(), () -> Checks.count(platform, "SELECT count(*) FROM notifications.reminder "
                + "WHERE status <> 'PENDING' AND id IN (" + ids + ")"), Duration.ofMinutes(10));
        double sweep = (System.nanoTime() - begun) / 1e9;
        long sent = Checks.count(platform, "SELECT count(*) FROM notifications.reminder WHERE status = 'SENT' AND id IN (" + ids + ")");
        // as the mail server accepted them: the first to the last email since the sweep began
        List<Long> accepted = mail.acceptedSince(mark);
        double spanSeconds = accepted.size() < 2 ? 0 : (accepted.get(accepted.size() - 1) - accepted.get(0)) / 1e9;
        return new Result(open, chosen.size(), sweep, sent, spanSeconds <= 0 ? accepted.size() : (accepted.size() - 1) / spanSeconds);
    }
}
