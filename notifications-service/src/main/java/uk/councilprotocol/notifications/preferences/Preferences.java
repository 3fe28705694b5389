package uk.councilprotocol.notifications.preferences;

import uk.councilprotocol.notifications.reminders.Notice;
import jakarta.inject.Singleton;
import uk.councilprotocol.platform.errors.InvalidInputException;

import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;

/** Each person's choice of delivery, and which reminders a digest may hold. */
@Singleton
public class Preferences {
    private final PreferenceRepository preferences;
    private final Clock clock;

    public Preferences(PreferenceRepository preferences, Clock clock) {
        this.preferences = preferences;
        this.clock = clock;
    }

    public Delivery of(String personId) {
        return preferences.findById(personId).map(Preference::delivery).orElse(Delivery.IMMEDIATE);
    }

    public Delivery set(String personId, String delivery) {
        Delivery chosen;
        try {
            chosen = Delivery.valueOf(delivery == null ? "" : delivery.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("delivery", "must be one of " + Arrays.toString(Delivery.values()));
        }
        Preference preference = new Preference(personId, chosen, clock.instant());
        if (preferences.existsById(personId)) {
            preferences.update(preference);
        } else {
            preferences.save(preference);
        }
        return chosen;
    }

    /**
     * Whether a digest may hold this reminder: only an advance reminder of something due more than a week away, so
     * a summary can never arrive after the date it is about. Everything else goes at once whatever the preference:
     * "due tomorrow", "due today", "assigned to you", an acknowledgement or an answer, anything overdue or escalated,
     * and anything copied to someone else (a line manager, a Chief Officer).
     */
    public boolean holdsForDigest(String personId, String kind, boolean copiedToOthers) {
        return !copiedToOthers && isAdvanceOfMoreThanAWeek(kind) && of(personId) == Delivery.WEEKLY_DIGEST;
    }

    static boolean isAdvanceOfMoreThanAWeek(String kind) {
        return Notice.daysAhead(kind.toUpperCase(Locale.ROOT)).orElse(0) > 7;
    }
}
