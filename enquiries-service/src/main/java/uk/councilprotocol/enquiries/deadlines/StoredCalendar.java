package uk.councilprotocol.enquiries.deadlines;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalTime;

/** What a council's admin chose for its calendar; an empty field keeps the configured value. */
@MappedEntity("council_calendar")
public record StoredCalendar(@Id String council,
                             @Nullable String division,
                             @Nullable LocalTime closesAt,
                             @Nullable Integer responseWorkingDays,
                             Instant updatedAt,
                             String updatedBy) {
}
