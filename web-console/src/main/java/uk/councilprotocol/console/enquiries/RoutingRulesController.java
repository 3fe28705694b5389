package uk.councilprotocol.console.enquiries;

import io.grpc.StatusRuntimeException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import uk.councilprotocol.console.FormErrors;
import uk.councilprotocol.console.Page;
import uk.councilprotocol.console.Pages;
import uk.councilprotocol.console.backend.Backends;
import uk.councilprotocol.console.signin.Csrf;
import uk.councilprotocol.console.signin.Session;
import uk.councilprotocol.console.signin.Sessions;
import uk.councilprotocol.contracts.enquiries.v1.ChangeRoutingRuleRequest;
import uk.councilprotocol.contracts.enquiries.v1.ListRoutingRulesRequest;
import uk.councilprotocol.contracts.enquiries.v1.RemoveRoutingRuleRequest;
import uk.councilprotocol.contracts.enquiries.v1.RoutingRule;
import uk.councilprotocol.contracts.enquiries.v1.RoutingRuleDraft;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Hub's routing rules: which department (and officer) an enquiry of a category, in a ward or anywhere, goes to.
 * Listed with a form to add one; each changed on its own page or removed. enquiries-service checks the role and the
 * rule (a second rule for the same category and ward is named).
 */
@Controller("/enquiries/routing-rules")
@ExecuteOn(TaskExecutors.BLOCKING)
public class RoutingRulesController {
    private final Backends backends;
    private final Pages pages;

    public RoutingRulesController(Backends backends, Pages pages) {
        this.backends = backends;
        this.pages = pages;
    }

    @Get
    public HttpResponse<String> rules(HttpRequest<?> request, @Nullable @QueryValue String saved) {
        Session session = Sessions.of(request);
        return pages.ok(request, "routing-rules", model(session, null, List.of(), Map.of(), saved == null ? "" : saved));
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> add(HttpRequest<?> request, @Body Map<String, String> form) {
        Session session = Sessions.of(request);
        Csrf.check(session, form);
        try {
            backends.routingRules(session).addRoutingRule(draft(form));
            return HttpResponse.seeOther(URI.create("/enquiries/routing-rules?saved=added"));
        } catch (StatusRuntimeException e) {
            return pages.render(HttpStatus.BAD_REQUEST, request, "routing-rules", model(session, null, FormErrors.of(e), form, ""));
        }
    }

    /** A rule's own page: its form filled in, to change it. */
    @Get("/{ruleId}")
    public HttpResponse<String> rule(HttpRequest<?> request, String ruleId) {
        Session session = Sessions.of(request);
        RoutingRule rule = find(session, ruleId);
        Map<String, String> form = new HashMap<>(Map.of("category", rule.getCategory(), "ward", rule.getWard(),
                "department", rule.getDepartment(), "default_officer_id", rule.getDefaultOfficerId()));
        return pages.ok(request, "routing-rules", model(session, rule, List.of(), form, ""));
    }

    @Post("/{ruleId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> change(HttpRequest<?> request, String ruleId, @Body Map<String, String> form) {
        Session session = Sessions.of(request);
        Csrf.check(session, form);
        try {
            backends.routingRules(session).changeRoutingRule(ChangeRoutingRuleRequest.newBuilder().setId(ruleId).setRule(draft(form)).build());
            return HttpResponse.seeOther(URI.create("/enquiries/routing-rules?saved=changed"));
        } catch (StatusRuntimeException e) {
            return pages.render(HttpStatus.BAD_REQUEST, request, "routing-rules",
                    model(session, find(session, ruleId), FormErrors.of(e), form, ""));
        }
    }

    @Post("/{ruleId}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> remove(HttpRequest<?> request, String ruleId, @Body Map<String, String> form) {
        Session session = Sessions.of(request);
        Csrf.check(session, form);
        backends.routingRules(session).removeRoutingRule(RemoveRoutingRuleRequest.newBuilder().setId(ruleId).build());
        return HttpResponse.seeOther(URI.create("/enquiries/routing-rules?saved=removed"));
    }

    private static RoutingRuleDraft draft(Map<String, String> form) {
        return RoutingRuleDraft.newBuilder().setCategory(form.getOrDefault("category", ""))
                .setWard(form.getOrDefault("ward", "")).setDepartment(form.getOrDefault("department", ""))
                .setDefaultOfficerId(form.getOrDefault("default_officer_id", "")).build();
    }

    private RoutingRule find(Session session, String ruleId) {
        return all(session).stream().filter(r -> r.getId().equals(ruleId)).findFirst()
                .orElseThrow(() -> io.grpc.Status.NOT_FOUND.withDescription("Routing rule " + ruleId + " was not found").asRuntimeException());
    }

    private List<RoutingRule> all(Session session) {
        return backends.routingRules(session).listRoutingRules(ListRoutingRulesRequest.getDefaultInstance()).getRulesList();
    }

    private Map<String, Object> model(Session session, @Nullable RoutingRule editing, List<FormErrors.FieldError> errors,
                                      Map<String, String> form, String saved) {
        return Page.model(session, editing == null ? "Routing rules" : "Change a routing rule", "routing-rules",
                "rules", all(session), "editing", editing, "errors", errors, "form", form, "saved", saved,
                "officers", OfficerChoices.of(backends, session));
    }
}
