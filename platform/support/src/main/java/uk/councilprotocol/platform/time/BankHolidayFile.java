package uk.councilprotocol.platform.time;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The GOV.UK bank-holidays JSON (division name → its events), read into a {@link WorkingDayCalendar}.
 * A copy of the file is bundled so that a council with no file of its own still counts its bank holidays.
 */
public final class BankHolidayFile {
    /** The bundled copy of GOV.UK's file, on the class path. */
    public static final String BUNDLED = "calendar/bank-holidays.json";

    private BankHolidayFile() {
    }

    @Serdeable
    public record Division(String division, List<Event> events) {
    }

    @Serdeable
    public record Event(String title, String date, @Nullable String notes, @Nullable Boolean bunting) {
    }

    /** The calendar of one division (england-and-wales, scotland or northern-ireland) from a file in GOV.UK's format. */
    public static WorkingDayCalendar read(InputStream in, String division, JsonMapper json) {
        try {
            Map<String, Division> file = json.readValue(in, Argument.mapOf(String.class, Division.class));
            Division chosen = file.get(division);
            if (chosen == null) {
                throw new IllegalStateException("Division '" + division + "' is not in the bank-holidays file; it has " + file.keySet());
            }
            Map<LocalDate, String> holidays = new HashMap<>();
            chosen.events().forEach(e -> holidays.put(LocalDate.parse(e.date()), e.title()));
            return new WorkingDayCalendar(division, holidays);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the bank-holidays file", e);
        }
    }

    /** The calendar of one division from the bundled copy. */
    public static WorkingDayCalendar bundled(String division, JsonMapper json) {
        try (InputStream in = BankHolidayFile.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("The bundled " + BUNDLED + " is missing");
            }
            return read(in, division, json);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the bundled bank-holidays file", e);
        }
    }

    /** A division's calendar from a council's own GOV.UK file (which holds all three divisions), or, with none, the bundled copy. */
    public static WorkingDayCalendar load(String division, @Nullable String file, JsonMapper json) {
        if (file == null || file.isBlank()) {
            return bundled(division, json);
        }
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            return read(in, division, json);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the bank-holidays file " + file, e);
        }
    }
}
