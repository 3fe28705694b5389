package uk.councilprotocol.notifications.preferences;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import uk.councilprotocol.notifications.reminders.Notice;
import uk.councilprotocol.platform.errors.Validation;

import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Each person's choice of delivery, topic by topic, and which reminders a digest may hold. */
@Singleton
public class Preferences {
    private final PreferenceRepository preferences;
    private final Clock clock;

    public Preferences(PreferenceRepository preferences, Clock clock) {
        this.preferences = preferences;
        this.clock = clock;
    }

    /** What a person chose: the choice for every topic, and the one in effect for each topic. */
    @Serdeable
    public record Choices(Delivery delivery, Delivery training, Delivery actions) {
        static Choices of(Preference preference) {
            return new Choices(preference.delivery(), preference.of(Topic.TRAINING), preference.of(Topic.ACTIONS));
        }
    }

    public Choices of(String personId) {
        return Choices.of(stored(personId));
    }

    /**
     * Sets a person's choices: {@code delivery}, when given, for every topic but those given as well; a topic given
     * alone changes that topic only. Blank means not given; nothing given at all names {@code delivery}.
     */
    public Choices set(String personId, @Nullable String delivery, @Nullable String training, @Nullable String actions) {
        Validation check = Validation.start();
        Optional<Delivery> every = parse(check, "delivery", delivery);
        Optional<Delivery> forTraining = parse(check, "training", training);
        Optional<Delivery> forActions = parse(check, "actions", actions);
        if (check.ok() && every.isEmpty() && forTraining.isEmpty() && forActions.isEmpty()) {
            check.reject("delivery", "choose " + Arrays.toString(Delivery.values()) + " for every topic, or for training or actions");
        }
        check.throwIfInvalid();
        Preference before = stored(personId);
        Preference chosen = every.isPresent()
                ? new Preference(personId, every.get(), forTraining.orElse(null), forActions.orElse(null), clock.instant())
                : new Preference(personId, before.delivery(), forTraining.orElse(before.trainingDelivery()),
                        forActions.orElse(before.actionsDelivery()), clock.instant());
        if (preferences.existsById(personId)) {
            preferences.update(chosen);
        } else {
            preferences.save(chosen);
        }
        return Choices.of(chosen);
    }

    /**
     * Whether a digest may hold this reminder: only an advance reminder of something due more than a week away, so
     * a summary can never arrive after the date it is about, of a topic the person chose the summary for. Everything
     * else goes at once whatever the choice: "due tomorrow", "due today", "assigned to you", an acknowledgement or an
     * answer, anything overdue or escalated, and anything copied to someone else (a line manager, a Chief Officer).
     */
    public boolean holdsForDigest(String personId, String subjectType, String kind, boolean copiedToOthers) {
        if (copiedToOthers || !isAdvanceOfMoreThanAWeek(kind)) {
            return false;
        }
        return Topic.of(subjectType).map(topic -> stored(personId).of(topic) == Delivery.WEEKLY_DIGEST).orElse(false);
    }

    static boolean isAdvanceOfMoreThanAWeek(String kind) {
        return Notice.daysAhead(kind.toUpperCase(Locale.ROOT)).orElse(0) > 7;
    }

    private Preference stored(String personId) {
        return preferences.findById(personId).orElseGet(() -> new Preference(personId, Delivery.IMMEDIATE, null, null, clock.instant()));
    }

    private static Optional<Delivery> parse(Validation check, String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Delivery.valueOf(value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            check.reject(field, "must be one of " + Arrays.toString(Delivery.values()));
            return Optional.empty();
        }
    }
}
