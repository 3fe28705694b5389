package uk.councilprotocol.enquiries.absence;

import io.grpc.stub.StreamObserver;
import jakarta.inject.Singleton;
import uk.councilprotocol.contracts.enquiries.v1.AbsenceDraft;
import uk.councilprotocol.contracts.enquiries.v1.AbsenceRecorded;
import uk.councilprotocol.contracts.enquiries.v1.AbsencesGrpc;
import uk.councilprotocol.contracts.enquiries.v1.EndAbsenceRequest;
import uk.councilprotocol.contracts.enquiries.v1.ListAbsencesRequest;
import uk.councilprotocol.contracts.enquiries.v1.ListAbsencesResponse;
import uk.councilprotocol.platform.errors.Validation;
import uk.councilprotocol.platform.security.GrpcAuthentication;
import uk.councilprotocol.platform.security.Roles;

/** {@link AbsenceController} over gRPC: the console's absence page, or a department's own HR system. */
@Singleton
public class AbsencesGrpcService extends AbsencesGrpc.AbsencesImplBase {
    private final AbsenceCover cover;

    public AbsencesGrpcService(AbsenceCover cover) {
        this.cover = cover;
    }

    @Override
    public void recordAbsence(AbsenceDraft draft, StreamObserver<AbsenceRecorded> response) {
        AbsenceCover.Recorded recorded = cover.record(new AbsenceRequest(draft.getOfficerId(), draft.getStartsOn(), draft.getEndsOn(),
                draft.getCoverOfficerId()), GrpcAuthentication.caller());
        response.onNext(AbsenceRecorded.newBuilder().setAbsence(toProto(recorded.absence()))
                .setEnquiriesMoved(recorded.enquiriesMoved()).build());
        response.onCompleted();
    }

    @Override
    public void endAbsence(EndAbsenceRequest request, StreamObserver<uk.councilprotocol.contracts.enquiries.v1.Absence> response) {
        response.onNext(cover.end(Validation.id("absence_id", request.getAbsenceId()), GrpcAuthentication.caller())
                .map(AbsencesGrpcService::toProto).orElse(uk.councilprotocol.contracts.enquiries.v1.Absence.getDefaultInstance()));
        response.onCompleted();
    }

    @Override
    public void listAbsences(ListAbsencesRequest request, StreamObserver<ListAbsencesResponse> response) {
        GrpcAuthentication.caller().require(Roles.HUB, Roles.ADMIN);
        response.onNext(ListAbsencesResponse.newBuilder().addAllAbsences(cover.all().stream().map(AbsencesGrpcService::toProto).toList())
                .build());
        response.onCompleted();
    }

    private static uk.councilprotocol.contracts.enquiries.v1.Absence toProto(Absence absence) {
        return uk.councilprotocol.contracts.enquiries.v1.Absence.newBuilder().setId(absence.id().toString())
                .setOfficerId(absence.officerId()).setStartsOn(absence.startsOn().toString()).setEndsOn(absence.endsOn().toString())
                .setCoverOfficerId(absence.coverOfficerId()).setRecordedBy(absence.recordedBy()).build();
    }
}
