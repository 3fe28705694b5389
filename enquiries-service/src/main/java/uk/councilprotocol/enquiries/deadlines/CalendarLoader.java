package uk.councilprotocol.enquiries.deadlines;

import io.micronaut.context.annotation.Factory;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.councilprotocol.platform.time.BankHolidayFile;
import uk.councilprotocol.platform.time.WorkingDayCalendar;

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
        WorkingDayCalendar calendar = BankHolidayFile.load(division, file, json);
        LOG.info("Working-day calendar: {}, bank holidays for {}–{} from {}", division,
                calendar.firstYear(), calendar.lastYear(), file == null ? "the bundled file" : file);
        return calendar;
    }
}
