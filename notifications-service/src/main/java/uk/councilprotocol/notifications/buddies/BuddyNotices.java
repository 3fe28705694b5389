package uk.councilprotocol.notifications.buddies;

import jakarta.inject.Singleton;
import uk.councilprotocol.contracts.training.v1.BuddyCheckInRecorded;
import uk.councilprotocol.contracts.training.v1.BuddyPaired;
import uk.councilprotocol.contracts.training.v1.BuddyPairingEnded;
import uk.councilprotocol.notifications.reminders.Notice;
import uk.councilprotocol.notifications.reminders.ReminderPlanner;
import uk.councilprotocol.notifications.reminders.ReminderSettings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A new councillor's buddy (issue 14): both are told of the pairing at once, and both are reminded to meet once a
 * month for its six months (on the day of the month it began). A reminder whose pair met in the three weeks before is
 * not sent (see {@link BuddyNoticeContent}); a pairing HR ends cancels what is still to come.
 */
@Singleton
public class BuddyNotices {
    public static final String SUBJECT = "buddy";
    static final String PAIRED = "PAIRED";
    static final String CHECK_IN = "CHECK_IN";

    private final BuddyPairRepository pairs;
    private final ReminderPlanner planner;
    private final ReminderSettings settings;
    private final Clock clock;

    public BuddyNotices(BuddyPairRepository pairs, ReminderPlanner planner, ReminderSettings settings, Clock clock) {
        this.pairs = pairs;
        this.planner = planner;
        this.settings = settings;
        this.clock = clock;
    }

    public void onPaired(BuddyPaired event) {
        BuddyPair pair = keep(BuddyPair.of(event.getPairing(), clock.instant()));
        if (pair.ended()) {
            return;   // the pairing's news came again after HR ended it
        }
        String id = pair.pairingId().toString();
        List<ReminderPlanner.Planned> monthly = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        // counted from the first day each time, so a pairing begun on the 31st meets on the 31st where a month has one
        for (int month = 1; !pair.startsOn().plusMonths(month).isAfter(pair.checkInsUntil()); month++) {
            LocalDate day = pair.startsOn().plusMonths(month);
            if (!day.isBefore(today)) {
                monthly.add(new ReminderPlanner.Planned(Notice.about(CHECK_IN, day), settings.sendTimeOn(day, clock)));
            }
        }
        List<ReminderPlanner.Plan> plans = new ArrayList<>();
        for (String personId : List.of(pair.newcomerId(), pair.buddyId())) {
            planner.now(SUBJECT, id, personId, Notice.of(PAIRED));
            plans.add(new ReminderPlanner.Plan(SUBJECT, id, personId, monthly));
        }
        planner.planAll(plans);
    }

    public void onCheckInRecorded(BuddyCheckInRecorded event) {
        keep(BuddyPair.of(event.getPairing(), clock.instant()));
    }

    public void onEnded(BuddyPairingEnded event) {
        BuddyPair pair = keep(BuddyPair.of(event.getPairing(), clock.instant()));
        planner.cancel(SUBJECT, pair.pairingId().toString(), "the pairing was ended: " + event.getPairing().getEndReason());
    }

    /** Keeps the pairing as the event gives it, except that an older event coming again neither reopens it nor forgets a check-in. */
    private BuddyPair keep(BuddyPair pair) {
        return pairs.findById(pair.pairingId()).map(kept -> pairs.update(kept.updatedBy(pair))).orElseGet(() -> pairs.save(pair));
    }
}
