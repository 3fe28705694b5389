package uk.councilprotocol.training.compliance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import uk.councilprotocol.platform.errors.InvalidInputException;

import java.util.List;
import java.util.Locale;

@Controller("/compliance")
public class ComplianceController {
    private final ComplianceQuery query;

    public ComplianceController(ComplianceQuery query) {
        this.query = query;
    }

    @Get("/people/{personId}")
    public ComplianceQuery.PersonCompliance person(String personId) {
        return query.ofPerson(personId);
    }

    /** {@code by} is department, political_group, kind or role. */
    @Get("/summary")
    public ComplianceQuery.Summary summary(@Nullable @QueryValue String by, @Nullable @QueryValue String course) {
        return query.summary(dimension(by), course);
    }

    @Get("/overdue")
    public List<ComplianceQuery.OverdueItem> overdue(@Nullable @QueryValue String department,
                                                     @Nullable @QueryValue String course) {
        return query.overdue(department, course);
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
