package uk.councilprotocol.platform.audit;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.SecurityFilter;
import uk.councilprotocol.platform.security.Caller;
import uk.councilprotocol.platform.tenancy.Councils;

import java.util.Set;

/**
 * Every HTTP request that changes data (POST, PUT, PATCH, DELETE) goes into the audit log with its outcome and what it
 * changed, before and after, as the domain noted it ({@link AuditChanges}).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class AuditFilter implements Ordered {
    private static final Set<HttpMethod> CHANGES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);
    private static final String CHANGES_ATTRIBUTE = "audit.changes";

    private final AuditLog audit;
    private final Councils councils;

    public AuditFilter(AuditLog audit, Councils councils) {
        this.audit = audit;
        this.councils = councils;
    }

    /** A change's record of what it changed, open for the rest of the request and kept with it for its entry. */
    @RequestFilter
    public void openChanges(HttpRequest<?> request, MutablePropagatedContext context) {
        if (CHANGES.contains(request.getMethod())) {
            AuditChanges changes = new AuditChanges();
            request.setAttribute(CHANGES_ATTRIBUTE, changes);
            context.add(changes);
        }
    }

    @ResponseFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    public void record(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (!CHANGES.contains(request.getMethod())) {
            return;
        }
        String changed = request.getAttribute(CHANGES_ATTRIBUTE, AuditChanges.class).map(AuditChanges::text).orElse("");
        Caller caller = request.getAttribute(SecurityFilter.AUTHENTICATION, Authentication.class).map(Caller::of).orElse(null);
        // after the response, outside the request's council scope: the entry goes to the caller's council's trail
        Councils.runAs(councils.servedOrDefault(caller == null ? null : caller.council()), () ->
                audit.record(caller, request.getMethodName() + " " + request.getPath(), "",
                        String.valueOf(response.code()), request.getRemoteAddress().getAddress().getHostAddress(), changed));
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }
}
