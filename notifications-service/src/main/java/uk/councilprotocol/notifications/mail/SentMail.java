package uk.councilprotocol.notifications.mail;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** One delivery attempt, kept as the sent-mail log. */
@Serdeable
@MappedEntity("sent_mail")
public record SentMail(@Id UUID id,
                       UUID reminderId,
                       String recipient,
                       @TypeDef(type = DataType.STRING_ARRAY) String[] cc,
                       String subject,
                       String status,
                       @Nullable String error,
                       String messageId,
                       Instant at) {
}
