package uk.councilprotocol.training.assignments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import io.micronaut.serde.annotation.Serdeable;

/** This person must complete this course by this date. */
@Serdeable
@MappedEntity("assignment")
public record Assignment(@Id UUID id,
                         String personId,
                         String courseCode,
                         LocalDate dueDate,
                         LocalDate assignedOn,
                         AssignmentStatus status,
                         String reason,
                         @Nullable Instant overdueAnnouncedAt,
                         Instant createdAt,
                         Instant updatedAt) {

    public Assignment withStatus(AssignmentStatus newStatus, Instant now) {
        return new Assignment(id, personId, courseCode, dueDate, assignedOn, newStatus, reason, overdueAnnouncedAt,
                createdAt, now);
    }

    /** Due later (an approved extension): once the new date passes it is overdue, and announced, afresh. */
    public Assignment dueOn(LocalDate newDueDate, Instant now) {
        return new Assignment(id, personId, courseCode, newDueDate, assignedOn, status, reason, null, createdAt, now);
    }

    /** Open again, due as before (the completion that fulfilled it was withdrawn): overdue, if so, is announced afresh. */
    public Assignment reopened(Instant now) {
        return new Assignment(id, personId, courseCode, dueDate, assignedOn, AssignmentStatus.OPEN, reason, null, createdAt, now);
    }

    public Assignment overdueAnnounced(Instant now) {
        return new Assignment(id, personId, courseCode, dueDate, assignedOn, status, reason, now, createdAt, now);
    }

    public uk.councilprotocol.contracts.training.v1.Assignment toProto() {
        return uk.councilprotocol.contracts.training.v1.Assignment.newBuilder()
                .setId(id.toString())
                .setPersonId(personId)
                .setCourseCode(courseCode)
                .setDueDate(dueDate.toString())
                .setAssignedOn(assignedOn.toString())
                .setStatus(uk.councilprotocol.contracts.training.v1.AssignmentStatus.valueOf(status.name()))
                .build();
    }
}
