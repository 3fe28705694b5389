package uk.councilprotocol.enquiries.deadlines;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import uk.councilprotocol.platform.tenancy.Councils;
import uk.councilprotocol.platform.tenancy.PerCouncil;
import uk.councilprotocol.platform.time.WorkingDayCalendar;

import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The working calendar of the council the current work acts for, in layers: what the council's admin chose
 * ({@link CalendarChoices}, kept in {@code council_calendar}), else the council's configuration
 * ({@code enquiries.calendars.<council>}), else the deployment's ({@code enquiries.calendar}) — so a Scottish council's
 * deadlines skip St Andrew's Day while an English council's on the same deployment do not.
 */
@Singleton
public class CouncilCalendars {
    public static final List<String> DIVISIONS = List.of("england-and-wales", "scotland", "northern-ireland");

    /** A council's calendar and the rules it keeps. */
    public record CouncilCalendar(WorkingDayCalendar days, LocalTime closesAt, int responseWorkingDays) {
    }

    private final CalendarSettings settings;
    private final JsonMapper json;
    private final Councils councils;
    private final CouncilCalendar deployment;
    private final Map<String, CouncilCalendar> configured = new HashMap<>();
    private final Map<String, WorkingDayCalendar> divisions = new ConcurrentHashMap<>();
    private final PerCouncil<CouncilCalendar> inEffect;

    public CouncilCalendars(WorkingDayCalendar calendar, CalendarSettings settings, List<CouncilCalendarSettings> own,
                            Councils councils, JsonMapper json, StoredCalendarRepository stored) {
        this.settings = settings;
        this.json = json;
        this.councils = councils;
        this.deployment = new CouncilCalendar(calendar, settings.closesAt(), settings.responseWorkingDays());
        divisions.put(settings.division(), calendar);
        for (CouncilCalendarSettings council : own) {
            configured.put(council.council(), new CouncilCalendar(
                    council.division() == null ? calendar : division(council.division()),
                    Optional.ofNullable(council.closesAt()).orElse(settings.closesAt()),
                    Optional.ofNullable(council.responseWorkingDays()).orElse(settings.responseWorkingDays())));
        }
        this.inEffect = new PerCouncil<>(councils, () -> layered(configured(), stored.findById(councils.current())));
    }

    /** The calendar deadlines are counted by. */
    public CouncilCalendar current() {
        return inEffect.current();
    }

    /** The calendar as configured for the current council, before its admin's own choices. */
    private CouncilCalendar configured() {
        return configured.getOrDefault(councils.current(), deployment);
    }

    /** The current council's admin changed its calendar: use the new one at once on this replica. */
    void forgetCurrent() {
        inEffect.forgetCurrent();
    }

    private CouncilCalendar layered(CouncilCalendar base, Optional<StoredCalendar> own) {
        return own.map(chosen -> new CouncilCalendar(
                chosen.division() == null ? base.days() : division(chosen.division()),
                chosen.closesAt() == null ? base.closesAt() : chosen.closesAt(),
                chosen.responseWorkingDays() == null ? base.responseWorkingDays() : chosen.responseWorkingDays()))
                .orElse(base);
    }

    private WorkingDayCalendar division(String name) {
        return divisions.computeIfAbsent(name, d -> CalendarLoader.load(d, settings.file(), json));
    }
}
