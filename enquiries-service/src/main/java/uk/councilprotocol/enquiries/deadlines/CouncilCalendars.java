package uk.councilprotocol.enquiries.deadlines;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import uk.councilprotocol.platform.tenancy.Councils;
import uk.councilprotocol.platform.tenancy.ForgetOnCompletion;
import uk.councilprotocol.platform.tenancy.PerCouncil;
import uk.councilprotocol.platform.time.BankHolidayFile;
import uk.councilprotocol.platform.time.WorkingDayCalendar;

import java.io.ByteArrayInputStream;
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
    private final Map<String, CouncilCalendarSettings> configured = new HashMap<>();
    private final Map<String, WorkingDayCalendar> divisions = new ConcurrentHashMap<>();
    private final PerCouncil<CouncilCalendar> inEffect;
    /** A newer GOV.UK file than the one configured, fetched on schedule ({@link CalendarRefresh}); none: the configured one. */
    private volatile RefreshedFile refreshed;

    /** A GOV.UK bank-holidays file as fetched: its content and its SHA-256, by which replicas tell it has changed. */
    public record RefreshedFile(String sha256, byte[] content) {
    }

    public CouncilCalendars(WorkingDayCalendar calendar, CalendarSettings settings, List<CouncilCalendarSettings> own,
                            Councils councils, JsonMapper json, StoredCalendarRepository stored, ForgetOnCompletion forgetting) {
        this.settings = settings;
        this.json = json;
        this.councils = councils;
        divisions.put(settings.division(), calendar);
        own.forEach(council -> configured.put(council.council(), council));
        this.inEffect = forgetting.keep(() -> layered(configured(), stored.findById(councils.current())));
    }

    /** The calendar deadlines are counted by. */
    public CouncilCalendar current() {
        return inEffect.current();
    }

    /** The calendar as configured for the current council, before its admin's own choices. */
    private CouncilCalendar configured() {
        CouncilCalendar deployment = new CouncilCalendar(division(settings.division()), settings.closesAt(),
                settings.responseWorkingDays());
        CouncilCalendarSettings council = configured.get(councils.current());
        return council == null ? deployment : new CouncilCalendar(
                council.division() == null ? deployment.days() : division(council.division()),
                Optional.ofNullable(council.closesAt()).orElse(settings.closesAt()),
                Optional.ofNullable(council.responseWorkingDays()).orElse(settings.responseWorkingDays()));
    }

    /** The SHA-256 of the refreshed file in use here; empty while the configured file (or the bundled copy) is. */
    public Optional<String> refreshedSha256() {
        RefreshedFile file = refreshed;
        return file == null ? Optional.empty() : Optional.of(file.sha256());
    }

    /**
     * Counts by a newer GOV.UK file from now on, on this replica: every division is read from it again, and each
     * council's calendar within two seconds (as {@link PerCouncil} reads again).
     */
    synchronized void adopt(RefreshedFile file) {
        if (refreshed != null && refreshed.sha256().equals(file.sha256())) {
            return;
        }
        refreshed = file;
        divisions.clear();
    }

    /** A division's calendar from a GOV.UK file's content (which holds all three divisions). */
    WorkingDayCalendar read(byte[] content, String division) {
        return BankHolidayFile.read(new ByteArrayInputStream(content), division, json);
    }

    /** As the council's admin has just left it, in this transaction (the admin's own view, after a change). */
    CouncilCalendar fresh() {
        return inEffect.fresh();
    }

    /** The current council's admin changed its calendar: use the new one at once on this replica. */
    void forgetCurrent() {
        inEffect.changed();
    }

    private CouncilCalendar layered(CouncilCalendar base, Optional<StoredCalendar> own) {
        return own.map(chosen -> new CouncilCalendar(
                chosen.division() == null ? base.days() : division(chosen.division()),
                chosen.closesAt() == null ? base.closesAt() : chosen.closesAt(),
                chosen.responseWorkingDays() == null ? base.responseWorkingDays() : chosen.responseWorkingDays()))
                .orElse(base);
    }

    /** A division's calendar as this replica counts by it now. */
    WorkingDayCalendar currentDivision(String name) {
        return division(name);
    }

    private WorkingDayCalendar division(String name) {
        RefreshedFile file = refreshed;
        return divisions.computeIfAbsent(name, d -> file == null ? CalendarLoader.load(d, settings.file(), json) : read(file.content(), d));
    }
}
