package uk.councilprotocol.enquiries.routing;

import io.grpc.stub.StreamObserver;
import jakarta.inject.Singleton;
import uk.councilprotocol.contracts.enquiries.v1.ChangeRoutingRuleRequest;
import uk.councilprotocol.contracts.enquiries.v1.ListRoutingRulesRequest;
import uk.councilprotocol.contracts.enquiries.v1.ListRoutingRulesResponse;
import uk.councilprotocol.contracts.enquiries.v1.RemoveRoutingRuleRequest;
import uk.councilprotocol.contracts.enquiries.v1.RoutingRuleDraft;
import uk.councilprotocol.contracts.enquiries.v1.RoutingRulesGrpc;
import uk.councilprotocol.platform.errors.Validation;
import uk.councilprotocol.platform.grpc.Protos;
import uk.councilprotocol.platform.security.Caller;
import uk.councilprotocol.platform.security.GrpcAuthentication;
import uk.councilprotocol.platform.security.Roles;

/** The Hub's routing rules over gRPC (the console's Routing rules page): the same roles as the HTTP routes. */
@Singleton
public class RoutingRulesGrpcService extends RoutingRulesGrpc.RoutingRulesImplBase {
    private final EnquiryRouter router;

    public RoutingRulesGrpcService(EnquiryRouter router) {
        this.router = router;
    }

    @Override
    public void listRoutingRules(ListRoutingRulesRequest request, StreamObserver<ListRoutingRulesResponse> response) {
        GrpcAuthentication.caller().require(Roles.HUB, Roles.ADMIN);
        response.onNext(ListRoutingRulesResponse.newBuilder()
                .addAllRules(router.all().stream().map(RoutingRulesGrpcService::toProto).toList()).build());
        response.onCompleted();
    }

    @Override
    public void addRoutingRule(RoutingRuleDraft draft, StreamObserver<uk.councilprotocol.contracts.enquiries.v1.RoutingRule> response) {
        Caller caller = GrpcAuthentication.caller().require(Roles.HUB, Roles.ADMIN);
        reply(response, router.add(toRequest(draft), caller));
    }

    @Override
    public void changeRoutingRule(ChangeRoutingRuleRequest request,
                                  StreamObserver<uk.councilprotocol.contracts.enquiries.v1.RoutingRule> response) {
        Caller caller = GrpcAuthentication.caller().require(Roles.HUB, Roles.ADMIN);
        reply(response, router.change(Validation.id("id", request.getId()), toRequest(request.getRule()), caller));
    }

    @Override
    public void removeRoutingRule(RemoveRoutingRuleRequest request,
                                  StreamObserver<uk.councilprotocol.contracts.enquiries.v1.RoutingRule> response) {
        Caller caller = GrpcAuthentication.caller().require(Roles.HUB, Roles.ADMIN);
        reply(response, router.remove(Validation.id("id", request.getId()), caller));
    }

    private static void reply(StreamObserver<uk.councilprotocol.contracts.enquiries.v1.RoutingRule> response, RoutingRule rule) {
        response.onNext(toProto(rule));
        response.onCompleted();
    }

    private static RuleRequest toRequest(RoutingRuleDraft draft) {
        return new RuleRequest(draft.getCategory(), draft.getWard(), draft.getDepartment(), draft.getDefaultOfficerId());
    }

    static uk.councilprotocol.contracts.enquiries.v1.RoutingRule toProto(RoutingRule rule) {
        return uk.councilprotocol.contracts.enquiries.v1.RoutingRule.newBuilder().setId(rule.id().toString())
                .setCategory(rule.category()).setWard(Protos.orEmpty(rule.ward())).setDepartment(rule.department())
                .setDefaultOfficerId(Protos.orEmpty(rule.defaultOfficerId())).build();
    }
}
