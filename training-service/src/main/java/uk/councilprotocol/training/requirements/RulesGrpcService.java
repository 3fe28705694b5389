package uk.councilprotocol.training.requirements;

import io.grpc.stub.StreamObserver;
import jakarta.inject.Singleton;
import uk.councilprotocol.contracts.training.v1.ListRulesRequest;
import uk.councilprotocol.contracts.training.v1.ListRulesResponse;
import uk.councilprotocol.contracts.training.v1.ChangeRuleRequest;
import uk.councilprotocol.contracts.training.v1.RetireRuleRequest;
import uk.councilprotocol.contracts.training.v1.Rule;
import uk.councilprotocol.contracts.training.v1.RuleAssignee;
import uk.councilprotocol.contracts.training.v1.RuleChange;
import uk.councilprotocol.contracts.training.v1.RuleDraft;
import uk.councilprotocol.contracts.training.v1.RulePreview;
import uk.councilprotocol.contracts.training.v1.RulesGrpc;
import uk.councilprotocol.platform.errors.Validation;
import uk.councilprotocol.platform.grpc.Protos;
import uk.councilprotocol.platform.security.GrpcAuthentication;
import uk.councilprotocol.platform.security.Roles;

/** HR's requirement rules over gRPC (the console's Training rules page): the same roles as the HTTP routes. */
@Singleton
public class RulesGrpcService extends RulesGrpc.RulesImplBase {
    private final RuleBook ruleBook;

    public RulesGrpcService(RuleBook ruleBook) {
        this.ruleBook = ruleBook;
    }

    @Override
    public void listRules(ListRulesRequest request, StreamObserver<ListRulesResponse> response) {
        GrpcAuthentication.caller().require(Roles.HR, Roles.ADMIN, Roles.STANDARDS);
        response.onNext(ListRulesResponse.newBuilder().addAllRules(ruleBook.all().stream().map(RulesGrpcService::toProto).toList()).build());
        response.onCompleted();
    }

    @Override
    public void previewRule(RuleDraft draft, StreamObserver<RulePreview> response) {
        GrpcAuthentication.caller().require(Roles.HR, Roles.ADMIN);
        response.onNext(toProto(ruleBook.preview(toRequest(draft))));
        response.onCompleted();
    }

    private static RulePreview toProto(RuleBook.Preview preview) {
        return RulePreview.newBuilder().setAssignments(preview.assignments())
                .addAllFirst(preview.first().stream().map(a -> RuleAssignee.newBuilder().setPersonId(a.personId())
                        .setFullName(a.fullName()).setDueDate(a.dueDate().toString()).build()).toList())
                .build();
    }

    @Override
    public void addRule(RuleDraft draft, StreamObserver<RuleChange> response) {
        GrpcAuthentication.caller().require(Roles.HR, Roles.ADMIN);
        reply(response, ruleBook.add(toRequest(draft)));
    }

    @Override
    public void retireRule(RetireRuleRequest request, StreamObserver<RuleChange> response) {
        GrpcAuthentication.caller().require(Roles.HR, Roles.ADMIN);
        reply(response, ruleBook.retire(Validation.id("rule_id", request.getRuleId())));
    }

    @Override
    public void changeRule(ChangeRuleRequest request, StreamObserver<RuleChange> response) {
        GrpcAuthentication.caller().require(Roles.HR, Roles.ADMIN);
        reply(response, ruleBook.change(Validation.id("rule_id", request.getRuleId()), toRequest(request.getDraft())));
    }

    @Override
    public void previewRuleChange(ChangeRuleRequest request, StreamObserver<RulePreview> response) {
        GrpcAuthentication.caller().require(Roles.HR, Roles.ADMIN);
        response.onNext(toProto(ruleBook.preview(toRequest(request.getDraft()), Validation.id("rule_id", request.getRuleId()))));
        response.onCompleted();
    }

    private static void reply(StreamObserver<RuleChange> response, RuleBook.RuleChange change) {
        response.onNext(RuleChange.newBuilder().setRule(toProto(change.rule())).setAssignmentsCreated(change.assignmentsCreated())
                .setAssignmentsCancelled(change.assignmentsCancelled()).build());
        response.onCompleted();
    }

    private static RuleRequest toRequest(RuleDraft draft) {
        // proto3 has no "unset": 0 days is no answer except as a fixed date's notice, where it is the default anyway
        return new RuleRequest(draft.getCourseCode(), draft.getPersonKind(), draft.getRole(), draft.getDepartment(),
                draft.getDueWithinDays() == 0 ? null : draft.getDueWithinDays(), draft.getPoliticalGroup(),
                draft.getDueFrom(), draft.getDueBy(), draft.getAfterCourse());
    }

    static Rule toProto(RequirementRule rule) {
        return Rule.newBuilder().setId(rule.id().toString()).setCourseCode(rule.courseCode())
                .setPersonKind(rule.personKind() == null ? "" : rule.personKind().label())
                .setRole(Protos.orEmpty(rule.role())).setDepartment(Protos.orEmpty(rule.department()))
                .setPoliticalGroup(Protos.orEmpty(rule.politicalGroup())).setDueWithinDays(rule.dueWithinDays())
                .setActive(rule.active()).setDueFrom(rule.dueFrom().label()).setDueBy(Protos.orEmpty(rule.dueBy()))
                .setAfterCourse(Protos.orEmpty(rule.afterCourse())).build();
    }
}
