package uk.councilprotocol.enquiries.deadlines;

import uk.councilprotocol.platform.time.WorkingDayCalendar;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import uk.councilprotocol.platform.errors.InvalidInputException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** The caller's council's working-day calendar and the response deadline for a given receipt time. */
@Controller("/working-days")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class CalendarController {
    private final CouncilCalendars calendars;
    private final ResponseDeadlines deadlines;
    private final Clock clock;

    public CalendarController(CouncilCalendars calendars, ResponseDeadlines deadlines, Clock clock) {
        this.calendars = calendars;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /**
     * The calendar, with the last day its bank holidays are known ({@code coveredUntil}: deadlines after it are
     * provisional) and {@code runsOutSoon} once that is less than six months away — time to load GOV.UK's new file.
     */
    @Serdeable
    public record CalendarView(String division, int firstYear, int lastYear, LocalDate coveredUntil, boolean runsOutSoon,
                               Map<LocalDate, String> bankHolidays) {
    }

    @Get
    public CalendarView calendar() {
        WorkingDayCalendar calendar = calendars.current().days();
        return new CalendarView(calendar.division(), calendar.firstYear().getValue(), calendar.lastYear().getValue(),
                calendar.coveredUntil(), LocalDate.now(clock).plusMonths(6).isAfter(calendar.coveredUntil()), calendar.holidays());
    }

    /** {@code receivedAt} is an ISO-8601 instant, e.g. 2026-12-18T18:00:00Z. */
    @Get("/deadline")
    public ResponseDeadlines.Deadline deadline(@Nullable @QueryValue String receivedAt) {
        if (receivedAt == null || receivedAt.isBlank()) {
            throw InvalidInputException.of("receivedAt", "is required (an instant such as 2026-11-23T09:30:00Z)");
        }
        try {
            return deadlines.dueFor(Instant.parse(receivedAt));
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("receivedAt", "'" + receivedAt + "' is not an instant such as 2026-11-23T09:30:00Z");
        }
    }
}
