package uk.councilprotocol.training.roster;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import uk.councilprotocol.platform.errors.NotFoundException;

import java.util.List;

@Controller("/roster")
public class RosterController {
    private final RosterImport rosterImport;
    private final RosterQueries queries;

    public RosterController(RosterImport rosterImport, RosterQueries queries) {
        this.rosterImport = rosterImport;
        this.queries = queries;
    }

    /** The body is the CSV file itself (see the README for its columns). */
    @Post("/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public RosterImport.Report importCsv(@Body String csv) {
        return rosterImport.importCsv(csv);
    }

    @Get("/people")
    public List<Person> people(@Nullable @QueryValue String department, @Nullable @QueryValue String kind,
                               @Nullable @QueryValue Boolean includeInactive) {
        return queries.list(department, kind == null ? null : PersonKind.parse(kind).orElse(null),
                includeInactive != null && includeInactive);
    }

    @Get("/people/{id}")
    public Person person(String id) {
        return queries.find(id).orElseThrow(() -> new NotFoundException("Person", id));
    }
}
