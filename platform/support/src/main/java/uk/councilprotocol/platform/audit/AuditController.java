package uk.councilprotocol.platform.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import uk.councilprotocol.platform.security.Roles;

import java.util.List;

/**
 * The audit log, newest first, for the administrator and the Monitoring Officer: {@code limit} entries (100 unless
 * given), older than {@code beforeId} for the next page, matching {@code q} in the actor, action or target.
 */
@Controller("/audit")
@Secured({Roles.ADMIN, Roles.STANDARDS})
public class AuditController {
    private final AuditLog audit;

    public AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @Get
    public List<AuditEntry> page(@Nullable @QueryValue Integer limit, @Nullable @QueryValue Long beforeId,
                                   @Nullable @QueryValue String q) {
        return audit.page(beforeId, q, AuditLog.limit(limit));
    }
}
