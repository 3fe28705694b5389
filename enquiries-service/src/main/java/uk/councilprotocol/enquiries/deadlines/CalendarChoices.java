package uk.councilprotocol.enquiries.deadlines;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import uk.councilprotocol.contracts.enquiries.v1.CouncilCalendarChanged;
import uk.councilprotocol.platform.errors.Validation;
import uk.councilprotocol.platform.outbox.Outbox;
import uk.councilprotocol.platform.security.Caller;
import uk.councilprotocol.platform.security.Roles;
import uk.councilprotocol.platform.tenancy.Councils;
import uk.councilprotocol.platform.tenancy.OwnSettings;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A council's admin sets the council's own calendar: its bank-holiday division, when its working day closes and how
 * many working days it promises. Each takes effect for enquiries logged from then on (on every replica within two
 * seconds); enquiries already logged keep their deadlines, as the councillor was told them.
 */
@Singleton
public class CalendarChoices {
    public static final String AGGREGATE = "council";
    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    /** The council's own choices (empty where it keeps the configured value) and what deadlines are counted by. */
    @Serdeable
    public record CouncilCalendarView(CalendarChoice own, CalendarChoice inEffect, @Nullable Instant updatedAt,
                                      @Nullable String updatedBy) {
    }

    private final StoredCalendarRepository stored;
    private final CouncilCalendars calendars;
    private final Councils councils;
    private final Outbox outbox;
    private final Clock clock;

    public CalendarChoices(StoredCalendarRepository stored, CouncilCalendars calendars, Councils councils, Outbox outbox,
                           Clock clock) {
        this.stored = stored;
        this.calendars = calendars;
        this.councils = councils;
        this.outbox = outbox;
        this.clock = clock;
    }

    public CouncilCalendarView view(Caller caller) {
        caller.require(Roles.ADMIN, Roles.HUB);
        Optional<StoredCalendar> own = stored.findById(councils.current());
        // read now, not the two-second copy: another thread may have kept the old one while this change was made
        CouncilCalendars.CouncilCalendar inEffect = calendars.fresh();
        return new CouncilCalendarView(
                own.map(o -> new CalendarChoice(o.division(), o.closesAt() == null ? null : HOURS_MINUTES.format(o.closesAt()),
                        o.responseWorkingDays())).orElse(new CalendarChoice(null, null, null)),
                new CalendarChoice(inEffect.days().division(), HOURS_MINUTES.format(inEffect.closesAt()), inEffect.responseWorkingDays()),
                own.map(StoredCalendar::updatedAt).orElse(null), own.map(StoredCalendar::updatedBy).orElse(null));
    }

    @Transactional
    public CouncilCalendarView choose(@Nullable CalendarChoice request, Caller caller) {
        caller.require(Roles.ADMIN);
        CalendarChoice choice = request == null ? new CalendarChoice(null, null, null) : request;
        Validation check = Validation.start();
        String division = Validation.optional(choice.division());
        if (division != null && !CouncilCalendars.DIVISIONS.contains(division)) {
            check.reject("division", "must be one of " + String.join(", ", CouncilCalendars.DIVISIONS) + " (or empty for the deployment's)");
        }
        LocalTime closesAt = closesAt(Validation.optional(choice.closesAt()), check);
        Integer days = choice.responseWorkingDays() == null || choice.responseWorkingDays() == 0 ? null : choice.responseWorkingDays();
        if (days != null && (days < 1 || days > 30)) {
            check.reject("responseWorkingDays", "must be between 1 and 30 working days (or empty for the deployment's)");
        }
        check.throwIfInvalid();
        StoredCalendar chosen = new StoredCalendar(councils.current(), division, closesAt, days, clock.instant(), caller.subject());
        if (!OwnSettings.keep(stored, chosen.council(), chosen, division == null && closesAt == null && days == null)) {
            return view(caller);
        }
        outbox.append(AGGREGATE, chosen.council(), CouncilCalendarChanged.newBuilder()
                .setDivision(division == null ? "" : division)
                .setClosesAt(closesAt == null ? "" : HOURS_MINUTES.format(closesAt))
                .setResponseWorkingDays(days == null ? 0 : days)
                .setChangedBy(caller.subject()).build());
        calendars.forgetCurrent();
        return view(caller);
    }

    private static LocalTime closesAt(@Nullable String value, Validation check) {
        if (value == null) {
            return null;
        }
        try {
            return LocalTime.parse(value, HOURS_MINUTES);
        } catch (DateTimeParseException e) {
            check.reject("closesAt", "'" + value + "' is not a time such as 17:00 (24-hour clock)");
            return null;
        }
    }
}
