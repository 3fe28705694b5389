package uk.councilprotocol.notifications.voice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A council's emails as its admin sets them, or as they are in effect. In a request, an empty field (or an empty
 * list of days) keeps the deployment's.
 */
@Serdeable
public record VoiceChoice(@Nullable String councilName,
                          @Nullable String senderName,
                          @Nullable String replyTo,
                          @Nullable String signOff,
                          @Nullable List<Integer> trainingDaysBefore,
                          @Nullable List<Integer> actionDaysBefore,
                          @Nullable String sendOpens,
                          @Nullable String sendCloses) {
}
