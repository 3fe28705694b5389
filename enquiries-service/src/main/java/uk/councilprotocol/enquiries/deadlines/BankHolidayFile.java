package uk.councilprotocol.enquiries.deadlines;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The GOV.UK bank-holidays JSON: division name → its events. */
public final class BankHolidayFile {
    private BankHolidayFile() {
    }

    @Serdeable
    public record Division(String division, List<Event> events) {
    }

    @Serdeable
    public record Event(String title, String date, @Nullable String notes, @Nullable Boolean bunting) {
    }
}
