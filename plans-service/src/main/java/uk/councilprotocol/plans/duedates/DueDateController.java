package uk.councilprotocol.plans.duedates;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import uk.councilprotocol.platform.errors.InvalidInputException;

import java.util.List;

/** How the platform reads a due date or an action's milestones: the import uses the same, and people can check it. */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
public class DueDateController {
    private static final int MAX_TEXT = 20_000;

    private final DueDateParser parser;
    private final MilestoneFinder milestones;

    public DueDateController(DueDateParser parser, MilestoneFinder milestones) {
        this.parser = parser;
        this.milestones = milestones;
    }

    @Get("/due-dates")
    public DueDate dueDate(@Nullable @QueryValue String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of("text", "is required, e.g. 'By summer 2023'");
        }
        return parser.parse(text);
    }

    /** The body is an action's text. */
    @Post("/milestones")
    @Consumes(MediaType.TEXT_PLAIN)
    public List<Milestone> milestones(@Body String actionText) {
        if (actionText.length() > MAX_TEXT) {
            throw InvalidInputException.of("text", "is longer than " + MAX_TEXT + " characters");
        }
        return milestones.find(actionText);
    }
}
