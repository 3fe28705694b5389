package uk.councilprotocol.notifications.training;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A training assignment as far as reminders need it, copied from training-service's events. */
@MappedEntity("training_assignment")
public record TrainingAssignment(@Id UUID assignmentId,
                                 String personId,
                                 String courseCode,
                                 String courseTitle,
                                 LocalDate dueDate,
                                 boolean open,
                                 Instant updatedAt) {

    public TrainingAssignment dueOn(LocalDate newDueDate, Instant now) {
        return new TrainingAssignment(assignmentId, personId, courseCode, courseTitle, newDueDate, open, now);
    }

    public TrainingAssignment reopened(LocalDate due, Instant now) {
        return new TrainingAssignment(assignmentId, personId, courseCode, courseTitle, due, true, now);
    }
}
