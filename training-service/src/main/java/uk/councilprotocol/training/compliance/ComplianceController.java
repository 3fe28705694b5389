package uk.councilprotocol.training.compliance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import uk.councilprotocol.platform.errors.InvalidInputException;
import uk.councilprotocol.platform.security.Caller;

import java.util.List;
import java.util.Locale;

@Controller("/compliance")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class ComplianceController {
    private final ComplianceQuery query;

    public ComplianceController(ComplianceQuery query) {
        this.query = query;
    }

    @Get("/people/{personId}")
    public ComplianceQuery.PersonCompliance person(String personId, Authentication authentication) {
        return query.ofPerson(personId, Caller.of(authentication));
    }

    /** {@code by} is department, political_group, kind or role. */
    @Get("/summary")
    public ComplianceQuery.Summary summary(@Nullable @QueryValue String by, @Nullable @QueryValue String course,
                                           Authentication authentication) {
        return query.summary(dimension(by), course, Caller.of(authentication));
    }

    @Get("/overdue")
    public List<ComplianceQuery.OverdueItem> overdue(@Nullable @QueryValue String department,
                                                     @Nullable @QueryValue String course,
                                                     Authentication authentication) {
        return query.overdue(department, course, Caller.of(authentication));
    }

    private static ComplianceQuery.Dimension dimension(String by) {
        if (by == null || by.isBlank()) {
            return ComplianceQuery.Dimension.DEPARTMENT;
        }
        try {
            return ComplianceQuery.Dimension.valueOf(by.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("by", "'" + by + "' is not one of department, political_group, kind, role");
        }
    }
}
