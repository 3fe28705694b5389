package uk.councilprotocol.enquiries.deadlines;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import uk.councilprotocol.platform.tenancy.Councils;
import uk.councilprotocol.platform.time.WorkingDayCalendar;

import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The working calendar of the council the current work acts for: the deployment's own ({@code enquiries.calendar})
 * unless the council has settings of its own ({@code enquiries.calendars.<council>}), so a Scottish council's
 * deadlines skip St Andrew's Day while an English council's on the same deployment do not.
 */
@Singleton
public class CouncilCalendars {
    /** A council's calendar and the rules it keeps. */
    public record CouncilCalendar(WorkingDayCalendar days, LocalTime closesAt, int responseWorkingDays) {
    }

    private final CouncilCalendar deployment;
    private final Map<String, CouncilCalendar> byCouncil = new HashMap<>();
    private final Councils councils;

    public CouncilCalendars(WorkingDayCalendar calendar, CalendarSettings settings, List<CouncilCalendarSettings> own,
                            Councils councils, JsonMapper json) {
        this.councils = councils;
        this.deployment = new CouncilCalendar(calendar, settings.closesAt(), settings.responseWorkingDays());
        for (CouncilCalendarSettings council : own) {
            WorkingDayCalendar days = council.division() == null || council.division().equals(settings.division())
                    ? calendar : CalendarLoader.load(council.division(), settings.file(), json);
            byCouncil.put(council.council(), new CouncilCalendar(days,
                    Optional.ofNullable(council.closesAt()).orElse(settings.closesAt()),
                    Optional.ofNullable(council.responseWorkingDays()).orElse(settings.responseWorkingDays())));
        }
    }

    public CouncilCalendar current() {
        return byCouncil.getOrDefault(councils.current(), deployment);
    }
}
