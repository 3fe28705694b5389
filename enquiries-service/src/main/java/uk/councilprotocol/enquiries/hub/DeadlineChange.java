package uk.councilprotocol.enquiries.hub;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A change of an enquiry's deadline: a holding reply (9.1.7), an agreed alternative (9.1.11) or a reopening. */
@Serdeable
@MappedEntity("deadline_change")
public record DeadlineChange(@Id UUID id,
                             UUID enquiryId,
                             String kind,
                             String reason,
                             @Nullable String actionBeingTaken,
                             LocalDate newDueDate,
                             @Nullable String agreedWith,
                             String recordedBy,
                             Instant recordedAt) {

    public static final String HOLDING_REPLY = "HOLDING_REPLY";
    public static final String AGREED_ALTERNATIVE = "AGREED_ALTERNATIVE";
    public static final String REOPENED = "REOPENED";
}
