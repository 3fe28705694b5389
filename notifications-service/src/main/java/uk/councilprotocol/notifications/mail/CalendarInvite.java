package uk.councilprotocol.notifications.mail;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Transp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A deadline as an all-day event in the recipient's calendar, sent with the email as an iCalendar request (RFC 5545,
 * and RFC 6047 for email), so Outlook and the like put it in their calendar. Its uid is the deadline's own (an
 * assignment's, an action's), so each later reminder updates the same event — moving it when the deadline has moved —
 * as its sequence grows with each send. It shows as free time and asks for no reply. A cancelled one (METHOD:CANCEL)
 * takes the event out of the calendar.
 */
public record CalendarInvite(String uid, int sequence, LocalDate day, String summary, String description, Instant stamp,
                             boolean cancelled) {
    static final String PRODUCT = "-//Council Protocol Platform//Reminders//EN";

    /** The invite for a deadline, sent now: {@code kind} and {@code id} name it for good (its uid). */
    public static CalendarInvite forDeadline(String kind, UUID id, LocalDate day, String summary, String description,
                                             Clock clock) {
        Instant now = clock.instant();
        return new CalendarInvite(kind + "-" + id + "@council-protocol", sequenceAt(now), day, summary, description, now, false);
    }

    /** The same event taken out of the recipient's calendar. */
    public CalendarInvite cancel() {
        return new CalendarInvite(uid, sequence, day, summary, description, stamp, true);
    }

    /** REQUEST (put in or update) or CANCEL (take out): also the email part's method parameter. */
    public String method() {
        return cancelled ? Method.VALUE_CANCEL : Method.VALUE_REQUEST;
    }

    /** The sequence for an invite sent at {@code at}: seconds since 2026 began (an int until 2094), so every later send outranks the one before. */
    public static int sequenceAt(Instant at) {
        return (int) Math.max(0, at.getEpochSecond() - Instant.parse("2026-01-01T00:00:00Z").getEpochSecond());
    }

    /** The text/calendar body: organised by the sender's address, the recipient the one attendee. */
    public String toIcs(String organiser, String attendee) {
        VEvent event = new VEvent(false);   // false: no DTSTAMP from the wall clock; ours is the platform's clock
        event.add(new DtStamp(stamp));
        event.add(new Uid(uid));
        event.add(new Sequence(sequence));
        event.add(new DtStart<>(day));
        event.add(new DtEnd<>(day.plusDays(1)));
        event.add(new Summary(summary));
        event.add(new Description(description));
        event.add(new Transp(Transp.VALUE_TRANSPARENT));
        if (cancelled) {
            event.add(new Status(Status.VALUE_CANCELLED));
        }
        event.add(new Organizer(URI.create("mailto:" + organiser)));
        Attendee person = new Attendee(URI.create("mailto:" + attendee));
        person.add(Role.REQ_PARTICIPANT);
        person.add(Rsvp.FALSE);
        event.add(person);
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new Method(method()));
        calendar.add(event);
        StringWriter ics = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, ics);   // folds long lines at 75 octets, as RFC 5545 asks
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ics.toString();
    }
}
