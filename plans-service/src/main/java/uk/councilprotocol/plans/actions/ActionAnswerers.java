package uk.councilprotocol.plans.actions;

import io.micronaut.context.event.ApplicationEventListener;
import jakarta.inject.Singleton;
import uk.councilprotocol.plans.people.Owners;
import uk.councilprotocol.plans.people.RosterPerson;
import uk.councilprotocol.plans.people.RosterPeopleChanged;

import java.time.Clock;
import java.util.List;
import java.util.TreeSet;

/**
 * Who answers for each action, kept current as the roster changes: when someone takes up a post an open action
 * names, leaves it or leaves the council, the action's list changes and {@code ActionAnswerersChanged} goes out in
 * the same transaction, so notifications-service reminds the new holder and stops reminding the old one.
 */
@Singleton
public class ActionAnswerers implements ApplicationEventListener<RosterPeopleChanged> {
    private final ActionRepositories.Actions actions;
    private final ActionEvents events;
    private final Clock clock;

    public ActionAnswerers(ActionRepositories.Actions actions, ActionEvents events, Clock clock) {
        this.actions = actions;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void onApplicationEvent(RosterPeopleChanged change) {
        for (Action action : actions.findOpenNamingPosts()) {
            List<String> before = events.answerers(action);
            TreeSet<String> after = new TreeSet<>(before);
            for (RosterPerson person : change.people()) {
                if (Owners.answersFor(person, action.ownerPersonId(), action.roles())) {
                    after.add(person.personId());
                } else {
                    after.remove(person.personId());
                }
            }
            if (after.equals(new TreeSet<>(before)) && action.answeredBy() != null) {
                continue;
            }
            Action updated = actions.update(action.withAnsweredBy(List.copyOf(after), clock.instant()));
            if (!after.equals(new TreeSet<>(before))) {
                events.answerersChanged(updated, before);
            }
        }
    }
}
