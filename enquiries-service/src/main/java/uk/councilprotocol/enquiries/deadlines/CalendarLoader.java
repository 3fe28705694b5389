package uk.councilprotocol.enquiries.deadlines;

import io.micronaut.context.annotation.Factory;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.councilprotocol.platform.time.BankHolidayFile;
import uk.councilprotocol.platform.time.WorkingDayCalendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Builds the council's calendar at start-up from its GOV.UK bank-holidays file, or the bundled copy. */
@Factory
public class CalendarLoader {
    private static final Logger LOG = LoggerFactory.getLogger(CalendarLoader.class);

    @Singleton
    WorkingDayCalendar calendar(CalendarSettings settings, JsonMapper json) {
        WorkingDayCalendar calendar;
        if (settings.file() == null) {
            calendar = BankHolidayFile.bundled(settings.division(), json);
        } else {
            try (InputStream in = Files.newInputStream(Path.of(settings.file()))) {
                calendar = BankHolidayFile.read(in, settings.division(), json);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read the bank-holidays file " + settings.file(), e);
            }
        }
        LOG.info("Working-day calendar: {}, bank holidays for {}–{} from {}", settings.division(),
                calendar.firstYear(), calendar.lastYear(), settings.file() == null ? "the bundled file" : settings.file());
        return calendar;
    }
}
