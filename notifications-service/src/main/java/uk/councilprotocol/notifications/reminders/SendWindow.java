package uk.councilprotocol.notifications.reminders;

import uk.councilprotocol.notifications.voice.CouncilVoices;
import uk.councilprotocol.notifications.voice.Voice;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import uk.councilprotocol.platform.tenancy.Councils;
import uk.councilprotocol.platform.time.BankHolidayFile;
import uk.councilprotocol.platform.time.WorkingDayCalendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The hours reminders go in: the council's working days (its division's bank holidays), from the window's opening
 * to its closing, in the council's time zone. A reminder whose time comes outside them — a "7 days before" that
 * falls on a Saturday, the catch-up after a night's outage — waits for the next opening. What is urgent or answers
 * something a person has just done goes at once ({@link ReminderContent#waitsForSendWindow}).
 */
@Singleton
public class SendWindow {
    private final SendWindowSettings settings;
    private final Councils councils;
    private final Clock clock;
    private final JsonMapper json;
    private final Map<String, String> councilDivisions;
    private final Map<String, WorkingDayCalendar> divisions = new ConcurrentHashMap<>();

    private final CouncilVoices voices;

    public SendWindow(SendWindowSettings settings, List<CouncilDivision> councilDivisions, Councils councils, Clock clock,
                      JsonMapper json, CouncilVoices voices) {
        this.voices = voices;
        this.settings = settings;
        this.councils = councils;
        this.clock = clock;
        this.json = json;
        this.councilDivisions = councilDivisions.stream()
                .collect(Collectors.toMap(CouncilDivision::council, CouncilDivision::division));
        calendar(settings.division());   // a division the file lacks stops the start, not the first send
        this.councilDivisions.values().forEach(this::calendar);
    }

    /** When the window next opens for the council in scope, if it is shut at {@code now}; empty while it is open. */
    public Optional<Instant> shutUntil(Instant now) {
        if (!settings.enabled()) {
            return Optional.empty();
        }
        WorkingDayCalendar days = calendar(councilDivisions.getOrDefault(councils.current(), settings.division()));
        Voice voice = voices.current();   // the council's own hours, else the deployment's
        ZonedDateTime local = now.atZone(clock.getZone());
        LocalDate day = local.toLocalDate();
        LocalTime time = local.toLocalTime();
        boolean workingDay = days.isWorkingDay(day);
        if (workingDay && !time.isBefore(voice.sendOpens()) && time.isBefore(voice.sendCloses())) {
            return Optional.empty();
        }
        LocalDate opening = workingDay && time.isBefore(voice.sendOpens()) ? day : days.onOrAfter(day.plusDays(1));
        return Optional.of(opening.atTime(voice.sendOpens()).atZone(clock.getZone()).toInstant());
    }

    private WorkingDayCalendar calendar(String division) {
        return divisions.computeIfAbsent(division, d -> BankHolidayFile.load(d, settings.file(), json));
    }
}
