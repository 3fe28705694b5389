package uk.councilprotocol.plans.people;

import java.util.List;

/**
 * In-process: plans-service's copy of these people has just been written (joined, changed post, left), in the order
 * their events came. Published inside the consumer's transaction, so whoever reacts (the actions they may now
 * answer for) commits with it; a roster import's run of events is one of these, not one per person.
 */
public record RosterPeopleChanged(List<RosterPerson> people) {
}
