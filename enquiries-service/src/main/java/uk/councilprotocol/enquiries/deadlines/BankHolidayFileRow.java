package uk.councilprotocol.enquiries.deadlines;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** The GOV.UK bank-holidays file as last fetched ({@link CalendarRefresh}): one row, the deployment's. */
@MappedEntity("bank_holiday_file")
public record BankHolidayFileRow(@Id int id,
                                 byte[] content,
                                 String sha256,
                                 String source,
                                 int lastYear,
                                 Instant fetchedAt) {
}
