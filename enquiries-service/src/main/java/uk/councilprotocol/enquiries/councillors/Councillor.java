package uk.councilprotocol.enquiries.councillors;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;

/** A councillor or co-opted member, as the roster (training-service) last described them. */
@MappedEntity("councillor")
public record Councillor(@Id String personId,
                         String fullName,
                         String email,
                         String kind,
                         @Nullable String politicalGroup,
                         boolean active,
                         Instant updatedAt,
                         @TypeDef(type = DataType.STRING_ARRAY) String[] roles) {

    public static final String CO_OPTED = "CO_OPTED_MEMBER";

    public boolean coOpted() {
        return CO_OPTED.equals(kind);
    }
}
