package uk.councilprotocol.notifications.buddies;

import jakarta.inject.Singleton;
import uk.councilprotocol.notifications.templates.NoticeKind;
import uk.councilprotocol.notifications.templates.TemplateSamples;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The buddy emails' previews, filled from the council's latest pairing still running; an example when it has none. */
@Singleton
class BuddyTemplateSamples implements TemplateSamples {
    private final BuddyPairRepository pairs;
    private final Clock clock;

    BuddyTemplateSamples(BuddyPairRepository pairs, Clock clock) {
        this.pairs = pairs;
        this.clock = clock;
    }

    @Override
    public Set<NoticeKind> kinds() {
        return Set.of(NoticeKind.BUDDY_PAIRED_NEWCOMER, NoticeKind.BUDDY_PAIRED_BUDDY, NoticeKind.BUDDY_CHECK_IN_DUE);
    }

    @Override
    public Sample sample(NoticeKind kind) {
        Optional<BuddyPair> real = pairs.findFirstByEndedFalseOrderByUpdatedAtDesc();
        LocalDate today = LocalDate.now(clock);
        BuddyPair pair = real.orElseGet(() -> new BuddyPair(new UUID(0, 0), "EXAMPLE-NEW", "Cllr Alex Example", "EXAMPLE-BUDDY",
                "Cllr Sam Example", today, today.plusMonths(6), false, null, Instant.EPOCH));
        boolean toBuddy = kind == NoticeKind.BUDDY_PAIRED_BUDDY;
        String personId = toBuddy ? pair.buddyId() : pair.newcomerId();
        String name = toBuddy ? pair.buddyName() : pair.newcomerName();
        return new Sample(name, BuddyNoticeContent.values(pair, personId, name), real.isPresent()
                ? "the pairing of " + pair.newcomerName() + " with " + pair.buddyName()
                : "an example: your council has no buddy pairing running");
    }
}
