package uk.councilprotocol.notifications.preferences;

import uk.councilprotocol.notifications.plans.ActionReminders;
import uk.councilprotocol.notifications.training.TrainingReminders;

import java.util.Optional;

/**
 * What a person may choose to hear about in the weekly summary, one topic at a time. The Hub's enquiry notices are
 * not a topic: each is time-critical (or answers something just done) and goes at once.
 */
public enum Topic {
    TRAINING(TrainingReminders.SUBJECT),
    ACTIONS(ActionReminders.SUBJECT);

    private final String subjectType;

    Topic(String subjectType) {
        this.subjectType = subjectType;
    }

    /** The topic of a reminder's subject (a training assignment, an action), if people choose how to hear of it. */
    public static Optional<Topic> of(String subjectType) {
        for (Topic topic : values()) {
            if (topic.subjectType.equals(subjectType)) {
                return Optional.of(topic);
            }
        }
        return Optional.empty();
    }
}
