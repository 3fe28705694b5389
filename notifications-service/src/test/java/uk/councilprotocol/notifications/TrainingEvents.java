package uk.councilprotocol.notifications;

import uk.councilprotocol.contracts.training.v1.Assignment;
import uk.councilprotocol.contracts.training.v1.AssignmentCreated;
import uk.councilprotocol.contracts.training.v1.AssignmentDueDateChanged;
import uk.councilprotocol.contracts.training.v1.AssignmentStatus;
import uk.councilprotocol.contracts.training.v1.Completion;
import uk.councilprotocol.contracts.training.v1.CompletionRecorded;
import uk.councilprotocol.contracts.training.v1.Person;
import uk.councilprotocol.contracts.training.v1.PersonKind;
import uk.councilprotocol.contracts.training.v1.PersonRegistered;

import java.time.LocalDate;
import java.util.UUID;

/** Builds the events training-service publishes, so these tests can play its part on the real topic. */
public final class TrainingEvents {
    public static final String TOPIC = "training.events.v1";

    private TrainingEvents() {
    }

    public static PersonRegistered person(String id, String name, String email, String lineManagerId) {
        return PersonRegistered.newBuilder().setPerson(Person.newBuilder()
                .setId(id).setFullName(name).setEmail(email).setKind(PersonKind.OFFICER)
                .setDepartment("Adults and Communities").setLineManagerId(lineManagerId == null ? "" : lineManagerId)
                .setStartDate("2026-01-05").setActive(true)).build();
    }

    public static AssignmentCreated assignment(String id, String personId, LocalDate due) {
        return AssignmentCreated.newBuilder()
                .setAssignment(Assignment.newBuilder().setId(id).setPersonId(personId)
                        .setCourseCode("NOLAN_PRINCIPLES").setDueDate(due.toString())
                        .setAssignedOn(due.minusDays(90).toString()).setStatus(AssignmentStatus.OPEN))
                .setPersonName("someone").setCourseTitle("Nolan Principles of Public Life").build();
    }

    /** More time agreed: the assignment now due {@code due}. */
    public static AssignmentDueDateChanged dueDateChanged(String id, String personId, LocalDate previous, LocalDate due) {
        return AssignmentDueDateChanged.newBuilder()
                .setAssignment(assignment(id, personId, due).getAssignment())
                .setPreviousDueDate(previous.toString()).setReason("more time agreed").build();
    }

    public static CompletionRecorded completion(String assignmentId, String personId, LocalDate on) {
        return CompletionRecorded.newBuilder()
                .setCompletion(Completion.newBuilder().setId(UUID.randomUUID().toString())
                        .setPersonId(personId).setCourseCode("NOLAN_PRINCIPLES").setCompletedOn(on.toString())
                        .setProvider("Independent facilitator"))
                .setFulfilledAssignmentId(assignmentId).build();
    }
}
