package uk.councilprotocol.enquiries.deadlines;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A council's calendar as its admin sets it, or as it is in effect: the bank-holiday division, when the working day
 * closes ("17:00") and the working days allowed for a response. In a request, an empty field keeps the configured value.
 */
@Serdeable
public record CalendarChoice(@Nullable String division, @Nullable String closesAt, @Nullable Integer responseWorkingDays) {
}
