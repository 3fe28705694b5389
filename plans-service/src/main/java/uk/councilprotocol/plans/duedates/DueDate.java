package uk.councilprotocol.plans.duedates;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/**
 * A due date as the council wrote it: the original text, its precision, and the tracking deadline — the last
 * day of the period it names ("March 2024" → 31 March 2024; "By summer 2023" → 31 August 2023).
 */
@Serdeable
public record DueDate(String text, Precision precision, @Nullable LocalDate periodStart, @Nullable LocalDate deadline) {

    public static DueDate unstated(String text) {
        return new DueDate(text, Precision.UNSTATED, null, null);
    }
}
