package uk.councilprotocol.enquiries.api;

import uk.councilprotocol.platform.paging.Paged;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import uk.councilprotocol.contracts.enquiries.v1.AssignmentChange;
import uk.councilprotocol.contracts.enquiries.v1.WatchAssignedRequest;
import uk.councilprotocol.enquiries.watch.AssignmentWatch;
import jakarta.inject.Singleton;
import uk.councilprotocol.contracts.enquiries.v1.BoardChoices;
import uk.councilprotocol.contracts.enquiries.v1.Channel;
import uk.councilprotocol.contracts.enquiries.v1.Constituent;
import uk.councilprotocol.contracts.enquiries.v1.DepartmentAssignment;
import uk.councilprotocol.contracts.enquiries.v1.Enquiry;
import uk.councilprotocol.contracts.enquiries.v1.EnquiriesGrpc;
import uk.councilprotocol.contracts.enquiries.v1.EnquiryStatus;
import uk.councilprotocol.contracts.enquiries.v1.GetEnquiryRequest;
import uk.councilprotocol.contracts.enquiries.v1.ListAssignedRequest;
import uk.councilprotocol.contracts.enquiries.v1.ListEnquiriesResponse;
import uk.councilprotocol.contracts.enquiries.v1.LogEnquiryRequest;
import uk.councilprotocol.contracts.enquiries.v1.RespondRequest;
import uk.councilprotocol.enquiries.analytics.EnquiryAnalytics;
import uk.councilprotocol.enquiries.councillors.CouncillorDirectory;
import uk.councilprotocol.enquiries.councillors.OfficerDirectory;
import uk.councilprotocol.enquiries.email.EmailedEnquiries;
import uk.councilprotocol.enquiries.hub.Assignments;
import uk.councilprotocol.enquiries.hub.DeadlineChange;
import uk.councilprotocol.enquiries.hub.EnquiryBoard;
import uk.councilprotocol.enquiries.hub.EnquiryChanges;
import uk.councilprotocol.enquiries.hub.EnquiryDesk;
import uk.councilprotocol.enquiries.hub.EnquiryViews;
import uk.councilprotocol.enquiries.hub.EnquiryView;
import uk.councilprotocol.enquiries.hub.LogRequest;
import uk.councilprotocol.platform.errors.InvalidInputException;
import uk.councilprotocol.platform.grpc.Protos;
import uk.councilprotocol.platform.errors.Validation;
import uk.councilprotocol.platform.paging.PageRequest;
import uk.councilprotocol.platform.security.Caller;
import uk.councilprotocol.platform.security.GrpcAuthentication;
import uk.councilprotocol.contracts.enquiries.v1.AcceptRequest;
import uk.councilprotocol.contracts.enquiries.v1.AlternativeDeadlineRequest;
import uk.councilprotocol.contracts.enquiries.v1.EnquiryAnalyticsGroup;
import uk.councilprotocol.contracts.enquiries.v1.EnquiryAnalyticsRequest;
import uk.councilprotocol.contracts.enquiries.v1.ListCouncillorsRequest;
import uk.councilprotocol.contracts.enquiries.v1.ListCouncillorsResponse;
import uk.councilprotocol.contracts.enquiries.v1.ListOfficersRequest;
import uk.councilprotocol.contracts.enquiries.v1.ListOfficersResponse;
import uk.councilprotocol.contracts.enquiries.v1.OfficerEntry;
import uk.councilprotocol.contracts.enquiries.v1.Member;
import uk.councilprotocol.contracts.enquiries.v1.ReclassifyRequest;
import uk.councilprotocol.contracts.enquiries.v1.ReopenRequest;
import uk.councilprotocol.contracts.enquiries.v1.HoldingReplyRequest;
import java.util.Locale;
import uk.councilprotocol.contracts.enquiries.v1.LogEmailedEnquiryRequest;
import uk.councilprotocol.contracts.enquiries.v1.ReassignRequest;


/** How departments' systems (and the Hub's tools) work enquiries over gRPC. */
@Singleton
public class EnquiriesGrpcService extends EnquiriesGrpc.EnquiriesImplBase {
    private final EnquiryDesk desk;
    private final EnquiryViews views;
    private final EnquiryChanges changes;
    private final Assignments assignments;
    private final EnquiryAnalytics analytics;
    private final EmailedEnquiries emailed;
    private final EnquiryBoard board;
    private final CouncillorDirectory councillors;
    private final OfficerDirectory officers;
    private final AssignmentWatch watch;

    public EnquiriesGrpcService(EnquiryDesk desk, EnquiryViews views, EnquiryChanges changes, Assignments assignments,
                                EnquiryAnalytics analytics, EmailedEnquiries emailed, EnquiryBoard board,
                                CouncillorDirectory councillors, OfficerDirectory officers, AssignmentWatch watch) {
        this.councillors = councillors;
        this.officers = officers;
        this.watch = watch;
        this.emailed = emailed;
        this.board = board;
        this.desk = desk;
        this.views = views;
        this.changes = changes;
        this.assignments = assignments;
        this.analytics = analytics;
    }

    @Override
    public void accept(AcceptRequest request, StreamObserver<Enquiry> response) {
        response.onNext(toProto(assignments.accept(required(request.getReference()), GrpcAuthentication.caller())));
        response.onCompleted();
    }

    @Override
    public void reassign(ReassignRequest request, StreamObserver<Enquiry> response) {
        response.onNext(toProto(assignments.reassign(required(request.getReference()), new Assignments.Reassignment(
                request.getFromDepartment(), request.getToDepartment(), request.getToOfficerId(), request.getReason()),
                GrpcAuthentication.caller())));
        response.onCompleted();
    }

    @Override
    public void agreeAlternativeDeadline(AlternativeDeadlineRequest request, StreamObserver<Enquiry> response) {
        response.onNext(toProto(changes.agreeAlternative(required(request.getReference()), new EnquiryChanges.AlternativeDeadline(
                request.getNewDueDate(), request.getAgreedWith(), request.getReason()), GrpcAuthentication.caller())));
        response.onCompleted();
    }

    @Override
    public void reclassify(ReclassifyRequest request, StreamObserver<Enquiry> response) {
        response.onNext(toProto(changes.reclassify(required(request.getReference()),
                new EnquiryChanges.Reclassification(request.getComplaintReference()), GrpcAuthentication.caller())));
        response.onCompleted();
    }

    @Override
    public void reopen(ReopenRequest request, StreamObserver<Enquiry> response) {
        response.onNext(toProto(changes.reopen(required(request.getReference()), new EnquiryChanges.Reopening(request.getReason()),
                GrpcAuthentication.caller())));
        response.onCompleted();
    }

    @Override
    public void listCouncillors(ListCouncillorsRequest request, StreamObserver<ListCouncillorsResponse> response) {
        ListCouncillorsResponse.Builder reply = ListCouncillorsResponse.newBuilder();
        councillors.serving(GrpcAuthentication.caller()).forEach(c -> reply.addMembers(Member.newBuilder().setPersonId(c.personId())
                .setFullName(c.fullName()).setPoliticalGroup(Protos.orEmpty(c.politicalGroup()))));
        response.onNext(reply.build());
        response.onCompleted();
    }

    @Override
    public void listOfficers(ListOfficersRequest request, StreamObserver<ListOfficersResponse> response) {
        ListOfficersResponse.Builder reply = ListOfficersResponse.newBuilder();
        officers.active(GrpcAuthentication.caller(), Validation.optional(request.getDepartment())).forEach(o -> reply.addOfficers(
                OfficerEntry.newBuilder().setPersonId(o.personId()).setFullName(o.fullName())
                        .setDepartment(Protos.orEmpty(o.department())).setChiefOfficer(o.chiefOfficer())));
        response.onNext(reply.build());
        response.onCompleted();
    }

    private static String required(String reference) {
        if (reference.isBlank()) {
            throw InvalidInputException.of("reference", "is required");
        }
        return reference;
    }

    @Override
    public void getEnquiryAnalytics(EnquiryAnalyticsRequest request,
                                    StreamObserver<uk.councilprotocol.contracts.enquiries.v1.EnquiryAnalytics> response) {
        var report = analytics.report(EnquiryAnalytics.dimension(request.getGroupBy()), request.getFrom(), request.getTo(),
                GrpcAuthentication.caller());
        var reply = uk.councilprotocol.contracts.enquiries.v1.EnquiryAnalytics.newBuilder()
                .setGroupBy(report.groupBy().name().toLowerCase(Locale.ROOT));
        report.groups().forEach(g -> reply.addGroups(EnquiryAnalyticsGroup.newBuilder()
                .setGroup(g.group()).setEnquiries(g.enquiries()).setAnswered(g.answered())
                .setPercentAnsweredOnTime(g.percentAnsweredOnTime()).setPercentWithinRevisedDeadline(g.percentWithinRevisedDeadline())
                .setMedianWorkingDays(g.medianWorkingDays()).setP90WorkingDays(g.p90WorkingDays())
                .setWithHoldingReply(g.withHoldingReply()).setOpenOverdue(g.openOverdue())));
        response.onNext(reply.build());
        response.onCompleted();
    }

    @Override
    public void recordHoldingReply(HoldingReplyRequest request,
                                   StreamObserver<Enquiry> response) {
        if (request.getReference().isBlank()) {
            throw InvalidInputException.of("reference", "is required");
        }
        response.onNext(toProto(changes.holdingReply(request.getReference(), new EnquiryChanges.HoldingReply(
                request.getReason(), request.getActionBeingTaken(), request.getNewDueDate()), GrpcAuthentication.caller())));
        response.onCompleted();
    }

    @Override
    public void logEmailedEnquiry(LogEmailedEnquiryRequest request,
                                  StreamObserver<Enquiry> response) {
        response.onNext(toProto(emailed.upload(request.getEml().toByteArray(), request.getCategory(), request.getWard(),
                request.getConfidential(), GrpcAuthentication.caller())));
        response.onCompleted();
    }

    @Override
    public void logEnquiry(LogEnquiryRequest request, StreamObserver<Enquiry> response) {
        var constituent = request.hasConstituent() ? new EnquiryView.Constituent(request.getConstituent().getName(),
                request.getConstituent().getContact(), request.getConstituent().getAddress()) : null;
        LogRequest log = new LogRequest(request.getCouncillorId(),
                request.getChannel() == Channel.CHANNEL_UNSPECIFIED ? null : request.getChannel().name(),
                request.hasReceivedAt() ? Protos.instant(request.getReceivedAt(), "received_at").toString() : null,
                request.getSubject(), request.getDescription(), request.getCategory(), request.getWard(), constituent,
                request.getConfidential(), request.getCirculationList(), request.getDepartmentsList(),
                request.getRelatedAddress());
        response.onNext(toProto(desk.log(log, GrpcAuthentication.caller())));
        response.onCompleted();
    }

    @Override
    public void getEnquiry(GetEnquiryRequest request, StreamObserver<Enquiry> response) {
        if (request.getReference().isBlank()) {
            throw InvalidInputException.of("reference", "is required");
        }
        response.onNext(toProto(views.find(request.getReference(), GrpcAuthentication.caller(), GrpcAuthentication.source())));
        response.onCompleted();
    }

    @Override
    public void watchAssigned(WatchAssignedRequest request, StreamObserver<AssignmentChange> response) {
        watch.watch(GrpcAuthentication.caller(), GrpcAuthentication.source(), request.getCursor(),
                (ServerCallStreamObserver<AssignmentChange>) response, EnquiriesGrpcService::toProto);
        // it returns when the client has gone: nothing is left to complete
    }

    @Override
    public void listAssigned(ListAssignedRequest request, StreamObserver<ListEnquiriesResponse> response) {
        Caller caller = GrpcAuthentication.caller();
        PageRequest page = PageRequest.of(request.getPageSize(), request.getPageToken(), request.getSkip(),
                EnquiryBoard.DEFAULT_PAGE, EnquiryBoard.LARGEST_PAGE);
        Paged<EnquiryView> found = board.page(new EnquiryBoard.Filter(request.getOverdueOnly(), request.getIncludeResponded(),
                request.getDepartment(), request.getWard(), request.getCouncillorName(), request.getCategory(), request.getState(),
                request.getQuery()), page, caller, GrpcAuthentication.source());
        ListEnquiriesResponse.Builder reply = ListEnquiriesResponse.newBuilder()
                .setTotalSize(found.total()).setNextPageToken(found.nextPageToken());
        found.items().forEach(e -> reply.addEnquiries(toProto(e)));
        if (request.getIncludeChoices()) {
            EnquiryBoard.Choices choices = board.choices(caller);
            reply.setChoices(BoardChoices.newBuilder().addAllDepartments(choices.departments()).addAllWards(choices.wards())
                    .addAllCouncillorNames(choices.councillors()).addAllCategories(choices.categories()));
        }
        response.onNext(reply.build());
        response.onCompleted();
    }

    @Override
    public void respond(RespondRequest request, StreamObserver<Enquiry> response) {
        if (request.getReference().isBlank()) {
            throw InvalidInputException.of("reference", "is required");
        }
        response.onNext(toProto(desk.respond(request.getReference(), request.getResponse(), GrpcAuthentication.caller())));
        response.onCompleted();
    }

    static Enquiry toProto(EnquiryView e) {
        Enquiry.Builder b = Enquiry.newBuilder()
                .setReference(e.reference()).setCouncillorId(e.councillorId())
                .setCouncillorName(Protos.orEmpty(e.councillorName()))
                .setChannel(Channel.valueOf(e.channel())).setReceivedAt(Protos.timestamp(e.receivedAt()))
                .setSubject(e.subject()).setDescription(e.description()).setCategory(e.category())
                .setWard(Protos.orEmpty(e.ward())).setConfidential(e.confidential())
                .addAllCirculation(e.circulation()).setStatus(EnquiryStatus.valueOf(e.status()))
                .setCountsFrom(e.countsFrom().toString()).setDueDate(e.dueDate().toString())
                .setDueAt(Protos.timestamp(e.dueAt())).setDeadlineProvisional(e.deadlineProvisional()).setOverdue(e.overdue())
                .setResponse(Protos.orEmpty(e.response()))
                .setRespondedBy(Protos.orEmpty(e.respondedBy()))
                .setOriginalDueDate(e.originalDueDate().toString())
                .setRelatedAddress(Protos.orEmpty(e.relatedAddress()))
                .setComplaintReference(Protos.orEmpty(e.complaintReference()));
        e.deadlineChanges().forEach(c -> b.addDeadlineChanges(uk.councilprotocol.contracts.enquiries.v1.DeadlineChange.newBuilder()
                .setKind(c.kind()).setReason(c.reason()).setActionBeingTaken(Protos.orEmpty(c.actionBeingTaken()))
                .setNewDueDate(c.newDueDate().toString()).setAgreedWith(Protos.orEmpty(c.agreedWith()))
                .setRecordedBy(c.recordedBy()).setRecordedAt(Protos.timestamp(c.recordedAt()))));
        if (e.respondedAt() != null) {
            b.setRespondedAt(Protos.timestamp(e.respondedAt()));
        }
        if (e.constituent() != null) {
            b.setConstituent(Constituent.newBuilder().setName(Protos.orEmpty(e.constituent().name()))
                    .setContact(Protos.orEmpty(e.constituent().contact())).setAddress(Protos.orEmpty(e.constituent().address())));
        }
        e.assignments().forEach(a -> b.addAssignments(DepartmentAssignment.newBuilder()
                .setDepartment(a.department()).setOfficerId(Protos.orEmpty(a.officerId())).setNoChiefOfficer(a.noChiefOfficer())));
        return b.build();
    }


}
