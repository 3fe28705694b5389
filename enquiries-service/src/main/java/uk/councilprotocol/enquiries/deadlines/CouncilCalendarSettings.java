package uk.councilprotocol.enquiries.deadlines;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalTime;

/**
 * One council's own calendar on a shared deployment ({@code enquiries.calendars.<council>.*}): its bank-holiday
 * division, when its working day closes, and how many working days it promises (some councils promise 5 or 15).
 * Anything left out is the deployment's ({@code enquiries.calendar.*}).
 */
@EachProperty("enquiries.calendars")
public record CouncilCalendarSettings(@Parameter String council,
                                      @Nullable String division,
                                      @Nullable LocalTime closesAt,
                                      @Nullable Integer responseWorkingDays) {
}
