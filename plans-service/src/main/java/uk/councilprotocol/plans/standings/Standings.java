package uk.councilprotocol.plans.standings;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.councilprotocol.platform.tenancy.Councils;
import uk.councilprotocol.plans.actions.Action;
import uk.councilprotocol.plans.actions.EvidenceLink;
import uk.councilprotocol.plans.evidence.EvidenceReader;
import uk.councilprotocol.plans.evidence.EvidenceReading;
import uk.councilprotocol.plans.plan.Plan;
import uk.councilprotocol.plans.plan.PlanBook;
import uk.councilprotocol.plans.tree.PlanTree;
import uk.councilprotocol.plans.tree.PlanTrees;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Keeps each action as it stands, once an hour, a row a day (the day's last reading winning): the committee report for
 * a past period reads them, as does the trend of an action's live figure. Each round one replica keeps a council's
 * standings, the first to claim the run; the others leave it, and would change nothing but the reading's time.
 */
@Singleton
public class Standings {
    /** The trend shows this many days at most. */
    public static final int TREND_DAYS = 30;

    private final StandingRepository standings;
    private final PlanBook book;
    private final PlanTrees trees;
    private final EvidenceReader evidence;
    private final Councils councils;
    private final Clock clock;
    private final Duration interval;

    public Standings(StandingRepository standings, PlanBook book, PlanTrees trees, EvidenceReader evidence, Councils councils,
                     Clock clock, @Value("${plans.standing-interval:1h}") Duration interval) {
        this.interval = interval;
        this.standings = standings;
        this.book = book;
        this.trees = trees;
        this.evidence = evidence;
        this.councils = councils;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${plans.standing-interval:1h}", initialDelay = "${plans.standing-first:1m}")
    void keepEveryCouncil() {
        councils.forEachServed(() -> {
            if (claimRun()) {
                keepToday();
            }
        });
    }

    /** Whether this replica keeps the council's standings this round: none has claimed them in half a round. */
    @Transactional
    boolean claimRun() {
        Instant now = clock.instant();
        return standings.findClaimedRun(now, now.minus(interval.dividedBy(2))) == 1;
    }

    /** Today's standing of every action of the current council; the live figures read first, outside the transaction. */
    public int keepToday() {
        LocalDate today = LocalDate.now(clock);
        List<Standing> now = new ArrayList<>();
        Map<String, EvidenceReading> read = new HashMap<>();
        for (Plan plan : book.all()) {
            PlanTree tree = trees.tree(plan.id());
            for (Action action : tree.actions()) {
                EvidenceLink link = tree.evidence().get(action.id());
                EvidenceReading reading = link == null ? null : evidence.read(link, read);
                now.add(new Standing(UUID.randomUUID(), action.id(), today, action.status().name(), action.rag(today).name(),
                        action.progressPercent(), reading == null ? "" : reading.describedAs(),
                        reading == null || !reading.available() ? null : reading.value(), clock.instant()));
            }
        }
        keep(now);
        return now.size();
    }

    @Transactional
    void keep(List<Standing> now) {
        now.forEach(s -> standings.keep(s.id(), s.actionId(), s.stoodOn(), s.status(), s.rag(), s.progressPercent(),
                s.evidence(), s.evidenceValue(), s.takenAt()));
    }

    /** Each action's standing as at the end of {@code day}, by action; an action with none kept by then is absent. */
    public Map<UUID, Standing> asAt(Collection<UUID> actionIds, LocalDate day) {
        if (actionIds.isEmpty()) {
            return Map.of();
        }
        return standings.asAt(actionIds, day).stream().collect(Collectors.toMap(Standing::actionId, Function.identity()));
    }

    /** The action's live figure day by day, oldest first, the last {@link #TREND_DAYS} days it was read. */
    public List<Standing> trend(UUID actionId) {
        return standings.trend(actionId, TREND_DAYS);
    }
}
