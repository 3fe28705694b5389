package uk.councilprotocol.training.compliance;

import uk.councilprotocol.platform.paging.PageRequest;
import io.micronaut.http.HttpResponse;
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
import java.util.Arrays;
import java.util.Locale;

@Controller("/compliance")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class ComplianceController {
    private final ComplianceQuery query;
    private final ComplianceMatrix matrix;

    public ComplianceController(ComplianceQuery query, ComplianceMatrix matrix) {
        this.query = query;
        this.matrix = matrix;
    }

    /** The caller's own team: their line reports and, for a group leader, the group's councillors, with their courses. */
    @Get("/team")
    public List<ComplianceQuery.PersonCompliance> team(Authentication authentication) {
        return matrix.team(Caller.of(authentication));
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

    /** Several summaries from one reading: {@code by} a comma-separated list, e.g. department,political_group,kind. */
    @Get("/summaries")
    public List<ComplianceQuery.Summary> summaries(@Nullable @QueryValue String by, @Nullable @QueryValue String course,
                                                   Authentication authentication) {
        if (by == null || by.isBlank()) {
            throw InvalidInputException.of("by", "name one or more of department, political_group, kind, role, separated by commas");
        }
        return query.summaries(Arrays.stream(by.split(",")).map(ComplianceController::dimension).toList(), course,
                Caller.of(authentication));
    }

    /**
     * Who is overdue, most overdue first, a page at a time: the page as the body, how many are overdue in
     * {@code X-Total-Count}, and the next page's token in {@code X-Next-Page-Token} (none on the last).
     */
    @Get("/overdue")
    public HttpResponse<List<ComplianceQuery.OverdueItem>> overdue(@Nullable @QueryValue String department,
                                                                  @Nullable @QueryValue String course,
                                                                  @Nullable @QueryValue Integer pageSize,
                                                                  @Nullable @QueryValue String pageToken,
                                                                  Authentication authentication) {
        PageRequest page = PageRequest.of(pageSize == null ? 0 : pageSize, pageToken, 0,
                ComplianceQuery.OVERDUE_DEFAULT_PAGE, ComplianceQuery.OVERDUE_LARGEST_PAGE);
        return query.overdue(department, course, page, Caller.of(authentication)).toHttp();
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
