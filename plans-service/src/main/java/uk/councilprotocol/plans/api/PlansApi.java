package uk.councilprotocol.plans.api;

import com.google.protobuf.ByteString;
import jakarta.inject.Singleton;
import uk.councilprotocol.contracts.plans.v1.ChangeDueDateRequest;
import uk.councilprotocol.contracts.plans.v1.ChangeOwnerRequest;
import uk.councilprotocol.contracts.plans.v1.ChangeStatusRequest;
import uk.councilprotocol.contracts.plans.v1.EvidencePoint;
import uk.councilprotocol.contracts.plans.v1.CommitteeReport;
import uk.councilprotocol.contracts.plans.v1.CommitteeReportRequest;
import uk.councilprotocol.contracts.plans.v1.ImportPlanRequest;
import uk.councilprotocol.contracts.plans.v1.ImportReport;
import uk.councilprotocol.contracts.plans.v1.ImportedItem;
import uk.councilprotocol.contracts.plans.v1.LinkEvidenceRequest;
import uk.councilprotocol.contracts.plans.v1.CorrectProgressRequest;
import uk.councilprotocol.contracts.plans.v1.MarkMilestoneRequest;
import uk.councilprotocol.contracts.plans.v1.ListActionsResponse;
import uk.councilprotocol.contracts.plans.v1.ListDueActionsRequest;
import uk.councilprotocol.contracts.plans.v1.ListDueActionsResponse;
import uk.councilprotocol.contracts.plans.v1.ListPlansResponse;
import uk.councilprotocol.contracts.plans.v1.OverrideRagRequest;
import uk.councilprotocol.contracts.plans.v1.RecordProgressRequest;
import uk.councilprotocol.contracts.plans.v1.ActionStatus;
import uk.councilprotocol.contracts.plans.v1.Rag;
import uk.councilprotocol.platform.errors.Validation;
import uk.councilprotocol.platform.grpc.Protos;
import uk.councilprotocol.platform.security.Caller;
import uk.councilprotocol.plans.actions.Action;
import uk.councilprotocol.plans.actions.ActionChanges;
import uk.councilprotocol.plans.actions.MilestoneMarks;
import uk.councilprotocol.plans.actions.ProgressCorrections;
import uk.councilprotocol.plans.actions.OwnerChanges;
import uk.councilprotocol.plans.actions.ActionRepositories;
import uk.councilprotocol.plans.actions.PlanAccess;
import uk.councilprotocol.plans.importing.DocxTables;
import uk.councilprotocol.plans.importing.PdfTableText;
import uk.councilprotocol.plans.standings.Standings;
import uk.councilprotocol.plans.importing.ImportRequest;
import uk.councilprotocol.plans.importing.PlanImporter;
import uk.councilprotocol.plans.report.CommitteeReports;
import uk.councilprotocol.plans.report.DueActions;
import uk.councilprotocol.plans.plan.PlanBook;
import uk.councilprotocol.plans.tree.PlanProtos;
import uk.councilprotocol.plans.tree.PlanTree;
import uk.councilprotocol.plans.tree.PlanTrees;

import java.util.List;
import java.util.UUID;
import uk.councilprotocol.plans.plan.Plan;
import uk.councilprotocol.plans.people.Owners;

/**
 * plans-service's operations on the contract's messages, for the gRPC service and the HTTP controller alike
 * (HTTP speaks the same messages in protobuf's JSON mapping), so both enforce the same rules.
 */
@Singleton
public class PlansApi {
    private final PlanBook book;
    private final PlanTrees trees;
    private final ActionRepositories.Actions actions;
    private final PlanProtos protos;
    private final PlanImporter importer;
    private final ActionChanges changes;
    private final PlanAccess access;
    private final DueActions due;
    private final CommitteeReports reports;
    private final OwnerChanges ownerChanges;
    private final Standings standings;
    private final MilestoneMarks milestones;
    private final ProgressCorrections corrections;

    public PlansApi(PlanBook book, PlanTrees trees, ActionRepositories.Actions actions, PlanProtos protos, PlanImporter importer,
                    ActionChanges changes, PlanAccess access, DueActions due, CommitteeReports reports,
                    OwnerChanges ownerChanges, MilestoneMarks milestones, ProgressCorrections corrections, Standings standings) {
        this.corrections = corrections;
        this.standings = standings;
        this.ownerChanges = ownerChanges;
        this.milestones = milestones;
        this.book = book;
        this.trees = trees;
        this.actions = actions;
        this.protos = protos;
        this.importer = importer;
        this.changes = changes;
        this.access = access;
        this.due = due;
        this.reports = reports;
    }

    public ImportReport importPlan(ImportPlanRequest request, Caller caller) {
        // a Word or PDF paper's tables read as pasting them would give them: one reader for all three
        String table = !request.getDocx().isEmpty() ? DocxTables.asText(request.getDocx().toByteArray())
                : !request.getPdf().isEmpty() ? PdfTableText.asText(request.getPdf().toByteArray()) : request.getTable();
        var report = importer.importTable(new ImportRequest(table, request.getMappingMap(),
                request.getPlanId(), request.getTitle(), request.getCouncil(), request.getAdoptedOn(),
                request.getSourceBody(), request.getRecommendationSource(), request.getProgressDate(), request.getAuthor()), caller);
        return ImportReport.newBuilder().setPlanId(report.planId().toString())
                .setThemesCreated(report.themesCreated()).setOutcomesCreated(report.outcomesCreated())
                .setRecommendationsCreated(report.recommendationsCreated()).setMilestonesCreated(report.milestonesCreated())
                .setProgressUpdatesCreated(report.progressUpdatesCreated())
                .addAllCreated(items(report.created())).addAllMatched(items(report.matched())).addAllSkipped(items(report.skipped()))
                .build();
    }

    public ListPlansResponse listPlans() {
        ListPlansResponse.Builder reply = ListPlansResponse.newBuilder();
        book.all().forEach(plan -> reply.addPlans(protos.summary(trees.tree(plan.id()))));
        return reply.build();
    }

    public uk.councilprotocol.contracts.plans.v1.Plan getPlan(String planId) {
        return protos.plan(trees.tree(Validation.id("plan_id", planId)));
    }

    /** One action, with its live figure's trend from the standings kept day by day. */
    public uk.councilprotocol.contracts.plans.v1.Action getAction(String actionId) {
        Action action = actions.require(Validation.id("action_id", actionId));
        return view(action).toBuilder().addAllEvidenceTrend(standings.trend(action.id()).stream()
                .map(s -> EvidencePoint.newBuilder().setOn(s.stoodOn().toString()).setValue(s.evidenceValue()).build())
                .toList()).build();
    }

    public uk.councilprotocol.contracts.plans.v1.Action changeStatus(ChangeStatusRequest request, Caller caller) {
        return view(changes.changeStatus(Validation.id("action_id", request.getActionId()), status(request.getStatus()),
                request.getNarrative(), caller));
    }

    public uk.councilprotocol.contracts.plans.v1.Action recordProgress(RecordProgressRequest request, Caller caller) {
        return view(changes.recordProgress(Validation.id("action_id", request.getActionId()), request.getNarrative(),
                status(request.getStatus()), request.getProgressPercent() == 0 ? null : request.getProgressPercent(),
                request.getRecordedOn(), caller));
    }

    public uk.councilprotocol.contracts.plans.v1.Action changeDueDate(ChangeDueDateRequest request, Caller caller) {
        return view(changes.changeDueDate(Validation.id("action_id", request.getActionId()), request.getDue(),
                request.getReason(), caller));
    }

    public uk.councilprotocol.contracts.plans.v1.Action overrideRag(OverrideRagRequest request, Caller caller) {
        String rag = request.getRag() == Rag.RAG_UNSPECIFIED ? null : request.getRag().name();
        return view(changes.overrideRag(Validation.id("action_id", request.getActionId()), rag, request.getReason(), caller));
    }

    public uk.councilprotocol.contracts.plans.v1.Action linkEvidence(LinkEvidenceRequest request, Caller caller) {
        return view(changes.linkEvidence(Validation.id("action_id", request.getActionId()), request.getMeasure(),
                request.getCourseCode(), request.getGroupBy(), request.getGroup(), caller));
    }

    public uk.councilprotocol.contracts.plans.v1.Action changeOwner(ChangeOwnerRequest request, Caller caller) {
        return view(ownerChanges.changeOwner(Validation.id("action_id", request.getActionId()), request.getOwner(),
                request.getReason(), caller));
    }

    public uk.councilprotocol.contracts.plans.v1.Action markMilestone(MarkMilestoneRequest request, Caller caller) {
        return view(milestones.mark(Validation.id("milestone_id", request.getMilestoneId()), request.getDone(), caller));
    }

    public uk.councilprotocol.contracts.plans.v1.Action correctProgress(CorrectProgressRequest request, Caller caller) {
        return view(corrections.correct(Validation.id("progress_id", request.getProgressId()), request.getNarrative(),
                request.getReason(), caller));
    }

    public ListDueActionsResponse listDueActions(ListDueActionsRequest request) {
        UUID plan = Validation.optional(request.getPlanId()) == null ? null : Validation.id("plan_id", request.getPlanId());
        return due.list(plan, request.getWithinDays());
    }

    public ListActionsResponse listMyActions(Caller caller) {
        ListActionsResponse.Builder reply = ListActionsResponse.newBuilder();
        var me = access.onRoster(caller);
        for (Plan plan : book.all()) {
            PlanTree tree = trees.tree(plan.id());
            tree.actions().stream().filter(a -> !a.status().closed()
                            && (caller.is(a.ownerPersonId()) || Owners.answersFor(me, a.ownerPersonId(), a.roles())))
                    .forEach(a -> reply.addActions(protos.action(tree, a)));
        }
        return reply.build();
    }

    public CommitteeReport committeeReport(CommitteeReportRequest request) {
        CommitteeReports.Rendered rendered = reports.render(Validation.id("plan_id", request.getPlanId()),
                request.getFrom(), request.getTo(), request.getFormat());
        return CommitteeReport.newBuilder().setContentType(rendered.contentType())
                .setContent(ByteString.copyFrom(rendered.content())).setFileName(rendered.fileName()).build();
    }

    private uk.councilprotocol.contracts.plans.v1.Action view(Action action) {
        return protos.action(trees.tree(action.planId()), action);
    }

    private static String status(ActionStatus status) {
        return status == ActionStatus.ACTION_STATUS_UNSPECIFIED || status == ActionStatus.UNRECOGNIZED ? null : status.name();
    }

    private static List<ImportedItem> items(List<uk.councilprotocol.plans.importing.ImportReport.Item> items) {
        return items.stream().map(i -> ImportedItem.newBuilder().setLine(i.line()).setActionId(Protos.orEmpty(i.actionId()))
                .setText(i.text()).setReason(i.reason()).build()).toList();
    }
}
