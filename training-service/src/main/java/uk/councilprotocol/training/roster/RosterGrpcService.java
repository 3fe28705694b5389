package uk.councilprotocol.training.roster;

import io.grpc.stub.StreamObserver;
import jakarta.inject.Singleton;
import uk.councilprotocol.contracts.training.v1.GetPersonRequest;
import uk.councilprotocol.contracts.training.v1.ImportRosterReport;
import uk.councilprotocol.contracts.training.v1.ImportRosterRequest;
import uk.councilprotocol.contracts.training.v1.ListPeopleRequest;
import uk.councilprotocol.contracts.training.v1.ListPeopleResponse;
import uk.councilprotocol.contracts.training.v1.RosterGrpc;
import uk.councilprotocol.platform.errors.InvalidInputException;
import uk.councilprotocol.platform.errors.Validation;
import uk.councilprotocol.platform.security.GrpcAuthentication;
import uk.councilprotocol.platform.security.Roles;

@Singleton
public class RosterGrpcService extends RosterGrpc.RosterImplBase {
    private final RosterQueries queries;
    private final RosterImport rosterImport;

    public RosterGrpcService(RosterQueries queries, RosterImport rosterImport) {
        this.queries = queries;
        this.rosterImport = rosterImport;
    }

    @Override
    public void importRoster(ImportRosterRequest request, StreamObserver<ImportRosterReport> response) {
        GrpcAuthentication.caller().require(Roles.HR, Roles.ADMIN);
        RosterImport.Report report = rosterImport.importCsv(request.getCsv());
        response.onNext(ImportRosterReport.newBuilder().setRows(report.rows()).setCreated(report.created())
                .setUpdated(report.updated()).setUnchanged(report.unchanged())
                .setAssignmentsCreated(report.assignmentsCreated()).setAssignmentsCancelled(report.assignmentsCancelled()).build());
        response.onCompleted();
    }

    @Override
    public void getPerson(GetPersonRequest request, StreamObserver<uk.councilprotocol.contracts.training.v1.Person> response) {
        if (request.getPersonId().isBlank()) {
            throw InvalidInputException.of("person_id", "is required");
        }
        Person person = queries.visibleTo(GrpcAuthentication.caller(), request.getPersonId());
        response.onNext(person.toProto());
        response.onCompleted();
    }

    @Override
    public void listPeople(ListPeopleRequest request, StreamObserver<ListPeopleResponse> response) {
        PersonKind kind = switch (request.getKind()) {
            case OFFICER -> PersonKind.OFFICER;
            case COUNCILLOR -> PersonKind.COUNCILLOR;
            case CO_OPTED_MEMBER -> PersonKind.CO_OPTED_MEMBER;
            default -> null;
        };
        String department = Validation.optional(request.getDepartment());
        response.onNext(ListPeopleResponse.newBuilder()
                .addAllPeople(queries.list(GrpcAuthentication.caller(), department, kind, request.getIncludeInactive()).stream()
                        .map(Person::toProto).toList())
                .build());
        response.onCompleted();
    }
}
