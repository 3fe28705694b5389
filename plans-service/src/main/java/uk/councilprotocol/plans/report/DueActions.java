package uk.councilprotocol.plans.report;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import uk.councilprotocol.contracts.plans.v1.ListDueActionsResponse;
import uk.councilprotocol.contracts.plans.v1.OwnerDueActions;
import uk.councilprotocol.plans.actions.Action;
import uk.councilprotocol.plans.people.RosterPerson;
import uk.councilprotocol.plans.people.RosterPersonRepository;
import uk.councilprotocol.plans.plan.Plan;
import uk.councilprotocol.plans.plan.PlanBook;
import uk.councilprotocol.plans.tree.PlanTrees;
import uk.councilprotocol.plans.tree.PlanProtos;
import uk.councilprotocol.plans.tree.PlanTree;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** The overdue and due-soon actions of every plan (or one), listed per owner for chasing. */
@Singleton
public class DueActions {
    public static final int DEFAULT_WITHIN_DAYS = 30;

    private final PlanBook book;
    private final PlanTrees trees;
    private final PlanProtos protos;
    private final RosterPersonRepository people;
    private final Clock clock;

    public DueActions(PlanBook book, PlanTrees trees, PlanProtos protos, RosterPersonRepository people, Clock clock) {
        this.book = book;
        this.trees = trees;
        this.protos = protos;
        this.people = people;
        this.clock = clock;
    }

    public ListDueActionsResponse list(@Nullable UUID planId, int withinDays) {
        LocalDate today = LocalDate.now(clock);
        LocalDate soon = today.plusDays(withinDays <= 0 ? DEFAULT_WITHIN_DAYS : withinDays);
        List<UUID> planIds = planId != null ? List.of(planId) : book.all().stream().map(Plan::id).toList();
        Map<String, OwnerDueActions.Builder> owners = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (UUID id : planIds) {
            PlanTree tree = trees.tree(id);
            List<Action> open = new ArrayList<>(tree.actions().stream()
                    .filter(a -> !a.status().closed() && a.deadline() != null && !a.deadline().isAfter(soon)).toList());
            open.sort(Comparator.comparing(Action::deadline));
            for (Action action : open) {
                OwnerDueActions.Builder owner = owners.computeIfAbsent(ownerName(action), name -> OwnerDueActions.newBuilder().setOwner(name));
                if (action.overdueOn(today)) {
                    owner.addOverdue(protos.action(tree, action));
                } else {
                    owner.addDueSoon(protos.action(tree, action));
                }
            }
        }
        ListDueActionsResponse.Builder reply = ListDueActionsResponse.newBuilder().setAsOf(today.toString());
        owners.values().forEach(reply::addOwners);
        return reply.build();
    }

    private String ownerName(Action action) {
        if (action.ownerPersonId() != null) {
            return people.findById(action.ownerPersonId()).map(RosterPerson::fullName).orElse(action.ownerPersonId());
        }
        return action.ownerText() == null ? "No owner named" : action.ownerText();
    }
}
