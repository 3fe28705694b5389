package uk.councilprotocol.training.compliance;

import uk.councilprotocol.platform.paging.Paged;
import io.grpc.stub.StreamObserver;
import jakarta.inject.Singleton;
import uk.councilprotocol.contracts.training.v1.ComplianceGrpc;
import uk.councilprotocol.contracts.training.v1.ComplianceGroup;
import uk.councilprotocol.contracts.training.v1.ComplianceSummary;
import java.util.List;
import uk.councilprotocol.contracts.training.v1.ComplianceSummaries;
import uk.councilprotocol.contracts.training.v1.GetComplianceSummariesRequest;
import uk.councilprotocol.contracts.training.v1.CourseCompliance;
import uk.councilprotocol.contracts.training.v1.GetComplianceSummaryRequest;
import uk.councilprotocol.contracts.training.v1.GetPersonComplianceRequest;
import uk.councilprotocol.contracts.training.v1.ListOverdueRequest;
import uk.councilprotocol.contracts.training.v1.ListOverdueResponse;
import uk.councilprotocol.contracts.training.v1.OverdueItem;
import uk.councilprotocol.contracts.training.v1.ListComplianceRequest;
import uk.councilprotocol.contracts.training.v1.ListComplianceResponse;
import uk.councilprotocol.contracts.training.v1.PersonCompliance;
import uk.councilprotocol.platform.errors.Validation;
import uk.councilprotocol.platform.errors.InvalidInputException;
import uk.councilprotocol.contracts.training.v1.ListTeamRequest;
import uk.councilprotocol.contracts.training.v1.ListTeamResponse;
import uk.councilprotocol.platform.grpc.Protos;
import uk.councilprotocol.platform.paging.PageRequest;
import uk.councilprotocol.platform.security.GrpcAuthentication;
import uk.councilprotocol.contracts.training.v1.ComplianceDimension;


@Singleton
public class ComplianceGrpcService extends ComplianceGrpc.ComplianceImplBase {
    private final ComplianceQuery query;
    private final ComplianceMatrix matrix;

    public ComplianceGrpcService(ComplianceQuery query, ComplianceMatrix matrix) {
        this.query = query;
        this.matrix = matrix;
    }

    @Override
    public void getPersonCompliance(GetPersonComplianceRequest request, StreamObserver<PersonCompliance> response) {
        if (request.getPersonId().isBlank()) {
            throw InvalidInputException.of("person_id", "is required");
        }
        response.onNext(toProto(query.ofPerson(request.getPersonId(), GrpcAuthentication.caller())));
        response.onCompleted();
    }

    @Override
    public void listTeam(ListTeamRequest request, StreamObserver<ListTeamResponse> response) {
        response.onNext(ListTeamResponse.newBuilder().addAllPeople(matrix.team(GrpcAuthentication.caller()).stream()
                .map(ComplianceGrpcService::toProto).toList()).build());
        response.onCompleted();
    }

    @Override
    public void listCompliance(ListComplianceRequest request, StreamObserver<ListComplianceResponse> response) {
        PageRequest page = PageRequest.of(request.getPageSize(), request.getPageToken(), request.getSkip(),
                ComplianceMatrix.DEFAULT_PAGE, ComplianceMatrix.LARGEST_PAGE);
        Paged<ComplianceQuery.PersonCompliance> found = matrix.page(new ComplianceMatrix.Filter(Validation.optional(request.getDepartment()),
                Validation.optional(request.getQuery())), page, GrpcAuthentication.caller());
        ListComplianceResponse.Builder reply = ListComplianceResponse.newBuilder()
                .setTotalSize(found.total()).setNextPageToken(found.nextPageToken());
        found.items().forEach(person -> reply.addPeople(toProto(person)));
        response.onNext(reply.build());
        response.onCompleted();
    }

    private static PersonCompliance toProto(ComplianceQuery.PersonCompliance compliance) {
        PersonCompliance.Builder reply = PersonCompliance.newBuilder().setPerson(compliance.person().toProto());
        for (ComplianceQuery.CourseStatus course : compliance.courses()) {
            reply.addCourses(CourseCompliance.newBuilder()
                    .setCourseCode(course.courseCode())
                    .setCourseTitle(course.courseTitle())
                    .setState(uk.councilprotocol.contracts.training.v1.ComplianceState.valueOf(course.state().name()))
                    .setDueDate(course.dueDate().toString())
                    .setCompletedOn(Protos.orEmpty(course.completedOn()))
                    .setExpiresOn(Protos.orEmpty(course.expiresOn()))
                    .setAssignmentId(course.assignmentId().toString()));
        }
        return reply.build();
    }

    @Override
    public void getComplianceSummary(GetComplianceSummaryRequest request, StreamObserver<ComplianceSummary> response) {
        ComplianceQuery.Summary summary = query.summary(dimension(request.getGroupBy()),
                Validation.optional(request.getCourseCode()), GrpcAuthentication.caller());
        response.onNext(view(summary));
        response.onCompleted();
    }

    @Override
    public void getComplianceSummaries(GetComplianceSummariesRequest request, StreamObserver<ComplianceSummaries> response) {
        if (request.getGroupByCount() == 0) {
            throw InvalidInputException.of("group_by", "name one or more dimensions");
        }
        List<ComplianceQuery.Summary> summaries = query.summaries(request.getGroupByList().stream()
                .map(ComplianceGrpcService::dimension).toList(), Validation.optional(request.getCourseCode()), GrpcAuthentication.caller());
        ComplianceSummaries.Builder reply = ComplianceSummaries.newBuilder();
        summaries.forEach(summary -> reply.addSummaries(view(summary)));
        response.onNext(reply.build());
        response.onCompleted();
    }

    private static ComplianceQuery.Dimension dimension(ComplianceDimension dimension) {
        return switch (dimension) {
            case POLITICAL_GROUP -> ComplianceQuery.Dimension.POLITICAL_GROUP;
            case KIND -> ComplianceQuery.Dimension.KIND;
            case ROLE -> ComplianceQuery.Dimension.ROLE;
            default -> ComplianceQuery.Dimension.DEPARTMENT;
        };
    }

    private static ComplianceSummary view(ComplianceQuery.Summary summary) {
        ComplianceSummary.Builder reply = ComplianceSummary.newBuilder()
                .setGroupBy(ComplianceDimension.valueOf(summary.groupBy().name()))
                .setAsOf(summary.asOf().toString());
        summary.groups().forEach(g -> reply.addGroups(ComplianceGroup.newBuilder()
                .setGroup(g.group()).setPeople(g.people()).setRequired(g.required()).setDone(g.done())
                .setDue(g.due()).setOverdue(g.overdue()).setPercentComplete(g.percentComplete())));
        return reply.build();
    }

    @Override
    public void listOverdue(ListOverdueRequest request, StreamObserver<ListOverdueResponse> response) {
        PageRequest page = PageRequest.of(request.getPageSize(), request.getPageToken(), request.getSkip(),
                ComplianceQuery.OVERDUE_DEFAULT_PAGE, ComplianceQuery.OVERDUE_LARGEST_PAGE);
        Paged<ComplianceQuery.OverdueItem> found = query.overdue(Validation.optional(request.getDepartment()),
                Validation.optional(request.getCourseCode()), page, GrpcAuthentication.caller());
        ListOverdueResponse.Builder reply = ListOverdueResponse.newBuilder()
                .setTotalSize(found.total()).setNextPageToken(found.nextPageToken());
        found.items().forEach(item -> reply.addItems(OverdueItem.newBuilder()
                        .setPerson(item.person().toProto())
                        .setCourseCode(item.courseCode())
                        .setCourseTitle(item.courseTitle())
                        .setDueDate(item.dueDate().toString())
                        .setDaysOverdue((int) item.daysOverdue())
                        .setLineManagerName(Protos.orEmpty(item.lineManagerName()))
                        .setLineManagerEmail(Protos.orEmpty(item.lineManagerEmail()))));
        response.onNext(reply.build());
        response.onCompleted();
    }

}
