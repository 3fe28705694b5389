package uk.councilprotocol.notifications.voice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalTime;

/** What a council's admin chose for its emails; an empty field keeps the deployment's. Days as "30,7,1". */
@MappedEntity("council_voice")
public record StoredVoice(@Id String council,
                          @Nullable String councilName,
                          @Nullable String senderName,
                          @Nullable String replyTo,
                          @Nullable String signOff,
                          @Nullable String trainingDaysBefore,
                          @Nullable String actionDaysBefore,
                          @Nullable LocalTime sendOpens,
                          @Nullable LocalTime sendCloses,
                          Instant updatedAt,
                          String updatedBy) {
}
