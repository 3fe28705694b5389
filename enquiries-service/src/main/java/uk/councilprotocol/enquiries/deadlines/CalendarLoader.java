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
        return load(settings.division(), settings.file(), json);
    }

    /** A division's calendar from the GOV.UK file (which holds all three divisions), or the bundled copy. */
    static WorkingDayCalendar load(String division, String file, JsonMapper json) {
        WorkingDayCalendar calendar;
        if (file == null) {
            calendar = BankHolidayFile.bundled(division, json);
        } else {
            try (InputStream in = Files.newInputStream(Path.of(file))) {
                calendar = BankHolidayFile.read(in, division, json);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read the bank-holidays file " + file, e);
            }
        }
        LOG.info("Working-day calendar: {}, bank holidays for {}–{} from {}", division,
                calendar.firstYear(), calendar.lastYear(), file == null ? "the bundled file" : file);
        return calendar;
    }
}
