package uk.councilprotocol.enquiries.deadlines;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalTime;

/**
 * The council's working calendar: {@code enquiries.calendar.division} (england-and-wales, scotland or
 * northern-ireland), {@code file} (a GOV.UK bank-holidays JSON file; the bundled 2025–2028 copy when absent),
 * the time the working day closes (receipt after it counts from the next working day) and the number of
 * working days allowed for a substantive response (protocol 9.1.5).
 */
@ConfigurationProperties("enquiries.calendar")
public record CalendarSettings(@Nullable String division,
                               @Nullable String file,
                               @Nullable LocalTime closesAt,
                               @Nullable Integer responseWorkingDays) {

    public CalendarSettings {
        division = division == null || division.isBlank() ? "england-and-wales" : division;
        file = file == null || file.isBlank() ? null : file;
        closesAt = closesAt == null ? LocalTime.of(17, 0) : closesAt;
        responseWorkingDays = responseWorkingDays == null ? 10 : responseWorkingDays;
    }
}
