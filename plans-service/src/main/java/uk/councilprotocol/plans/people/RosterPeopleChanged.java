package uk.councilprotocol.plans.people;

/**
 * In-process: plans-service's copy of a person has just been written (joined, changed post, left). Published inside
 * the consumer's transaction, so whoever reacts (the actions that person may now answer for) commits with it.
 */
public record RosterPersonChanged(RosterPerson person) {
}
