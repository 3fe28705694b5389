package uk.councilprotocol.plans.actions;

import uk.councilprotocol.contracts.plans.v1.DueDate;
import uk.councilprotocol.contracts.plans.v1.Milestone;
import uk.councilprotocol.contracts.plans.v1.Owner;
import uk.councilprotocol.platform.grpc.Protos;

import java.util.List;

/** The proto forms of an action's parts, shared by the API and the events. */
public final class ActionProtos {
    private ActionProtos() {
    }

    public static DueDate due(uk.councilprotocol.plans.duedates.DueDate due) {
        return DueDate.newBuilder().setText(Protos.orEmpty(due.text())).setPrecision(due.precision().name())
                .setDeadline(Protos.orEmpty(due.deadline())).build();
    }

    public static Owner owner(Action action) {
        return Owner.newBuilder().setText(Protos.orEmpty(action.ownerText())).setPersonId(Protos.orEmpty(action.ownerPersonId()))
                .addAllRoles(action.roles()).build();
    }

    public static Milestone milestone(ActionMilestone milestone) {
        return Milestone.newBuilder().setText(milestone.text()).setId(milestone.id().toString())
                .setDue(due(new uk.councilprotocol.plans.duedates.DueDate(milestone.dueText(), milestone.duePrecision(),
                        null, milestone.deadline())))
                .setDoneOn(Protos.orEmpty(milestone.doneOn())).setDoneBy(Protos.orEmpty(milestone.doneBy())).build();
    }

    public static uk.councilprotocol.contracts.plans.v1.ProgressUpdate progress(ProgressUpdate update) {
        return progress(update, List.of());
    }

    /** The update with what it said before each correction, oldest first. */
    public static uk.councilprotocol.contracts.plans.v1.ProgressUpdate progress(ProgressUpdate update, List<ProgressRevision> revisions) {
        var proto = uk.councilprotocol.contracts.plans.v1.ProgressUpdate.newBuilder()
                .setId(update.id().toString()).setRecordedOn(update.recordedOn().toString())
                .setAuthor(update.author()).setNarrative(update.narrative());
        if (update.statusFrom() != null) {
            proto.setStatusFrom(update.statusFrom().toProto());
        }
        if (update.statusTo() != null) {
            proto.setStatusTo(update.statusTo().toProto());
        }
        revisions.forEach(r -> proto.addRevisions(uk.councilprotocol.contracts.plans.v1.ProgressRevision.newBuilder()
                .setNarrative(r.narrative()).setReason(r.reason()).setCorrectedBy(r.correctedBy())
                .setCorrectedAt(r.correctedAt().toString())));
        return proto.build();
    }
}
