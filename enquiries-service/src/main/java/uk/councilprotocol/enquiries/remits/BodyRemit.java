package uk.councilprotocol.enquiries.remits;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** A body's remit (9.1.13): the enquiry categories its co-opted members may raise. The body is a roster role. */
@Serdeable
@MappedEntity("body_remit")
public record BodyRemit(@Id String body,
                        @TypeDef(type = DataType.STRING_ARRAY) String[] categories,
                        Instant updatedAt,
                        String updatedBy) {
}
