package uk.councilprotocol.enquiries.deadlines;

import io.micronaut.context.annotation.Factory;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Builds the council's calendar from a GOV.UK bank-holidays file at start-up. */
@Factory
public class CalendarLoader {
    private static final Logger LOG = LoggerFactory.getLogger(CalendarLoader.class);
    static final String BUNDLED = "calendar/bank-holidays.json";

    @Singleton
    WorkingDayCalendar calendar(CalendarSettings settings, JsonMapper json) {
        try (InputStream in = settings.file() == null
                ? CalendarLoader.class.getClassLoader().getResourceAsStream(BUNDLED)
                : Files.newInputStream(Path.of(settings.file()))) {
            if (in == null) {
                throw new IllegalStateException("The bundled " + BUNDLED + " is missing");
            }
            Map<String, BankHolidayFile.Division> file = json.readValue(in,
                    Argument.mapOf(String.class, BankHolidayFile.Division.class));
            BankHolidayFile.Division division = file.get(settings.division());
            if (division == null) {
                throw new IllegalStateException("enquiries.calendar.division '" + settings.division()
                        + "' is not in the bank-holidays file; it has " + file.keySet());
            }
            Map<LocalDate, String> holidays = new HashMap<>();
            division.events().forEach(e -> holidays.put(LocalDate.parse(e.date()), e.title()));
            WorkingDayCalendar calendar = new WorkingDayCalendar(settings.division(), holidays);
            LOG.info("Working-day calendar: {}, bank holidays for {}–{} from {}", settings.division(),
                    calendar.firstYear(), calendar.lastYear(), settings.file() == null ? "the bundled file" : settings.file());
            return calendar;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the bank-holidays file", e);
        }
    }
}
