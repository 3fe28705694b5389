package uk.councilprotocol.training.roster;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import uk.councilprotocol.platform.security.Caller;
import uk.councilprotocol.platform.security.Roles;

import java.util.List;

@Controller("/roster")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class RosterController {
    private final RosterImport rosterImport;
    private final RosterQueries queries;

    public RosterController(RosterImport rosterImport, RosterQueries queries) {
        this.rosterImport = rosterImport;
        this.queries = queries;
    }

    /** The body is the CSV file itself (see the README for its columns). */
    @Post("/import")
    @Secured({Roles.HR, Roles.ADMIN})
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public RosterImport.Report importCsv(@Body String csv) {
        return rosterImport.importCsv(csv);
    }

    @Get("/people")
    public List<Person> people(Authentication authentication, @Nullable @QueryValue String department,
                               @Nullable @QueryValue String kind, @Nullable @QueryValue Boolean includeInactive) {
        return queries.list(Caller.of(authentication), department, kind == null ? null : PersonKind.parse(kind).orElse(null),
                includeInactive != null && includeInactive);
    }

    @Get("/people/{id}")
    public Person person(String id, Authentication authentication) {
        return queries.visibleTo(Caller.of(authentication), id);
    }
}
