package uk.councilprotocol.enquiries.absence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An officer away from one date to another (inclusive), and the colleague who covers their enquiries. */
@Serdeable
@MappedEntity("officer_absence")
public record Absence(@Id UUID id,
                      String officerId,
                      LocalDate startsOn,
                      LocalDate endsOn,
                      String coverOfficerId,
                      String recordedBy,
                      @Nullable Instant appliedAt,
                      Instant createdAt) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    /** Back sooner than planned: away until {@code lastDay} only. */
    Absence endingOn(LocalDate lastDay) {
        return new Absence(id, officerId, startsOn, lastDay, coverOfficerId, recordedBy, appliedAt, createdAt);
    }

    Absence applied(Instant now) {
        return new Absence(id, officerId, startsOn, endsOn, coverOfficerId, recordedBy, now, createdAt);
    }
}
