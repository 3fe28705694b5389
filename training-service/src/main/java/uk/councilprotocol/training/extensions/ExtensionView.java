package uk.councilprotocol.training.extensions;

import io.micronaut.serde.annotation.Serdeable;
import uk.councilprotocol.contracts.training.v1.ExtensionStatus;
import uk.councilprotocol.platform.grpc.Protos;

/** A request as people read it: with the person's name and the course's title. */
@Serdeable
public record ExtensionView(ExtensionRequest request, String personName, String courseTitle) {

    public uk.councilprotocol.contracts.training.v1.ExtensionRequest toProto() {
        ExtensionRequest r = request;
        return uk.councilprotocol.contracts.training.v1.ExtensionRequest.newBuilder()
                .setId(r.id().toString())
                .setAssignmentId(r.assignmentId().toString())
                .setPersonId(r.personId())
                .setPersonName(personName)
                .setCourseCode(r.courseCode())
                .setCourseTitle(courseTitle)
                .setCurrentDueDate(r.currentDueDate().toString())
                .setRequestedDueDate(r.requestedDueDate().toString())
                .setReason(r.reason())
                .setStatus(ExtensionStatus.valueOf(r.status().name()))
                .setApproverId(Protos.orEmpty(r.approverId()))
                .setApproverRole(r.approverRole())
                .setRequestedBy(r.requestedBy())
                .setRequestedAt(r.requestedAt().toString())
                .setDecidedBy(Protos.orEmpty(r.decidedBy()))
                .setDecidedAt(Protos.orEmpty(r.decidedAt()))
                .setDecisionNote(Protos.orEmpty(r.decisionNote()))
                .build();
    }
}
