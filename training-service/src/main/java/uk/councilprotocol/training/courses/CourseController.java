package uk.councilprotocol.training.courses;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import uk.councilprotocol.platform.security.Roles;

import java.util.List;

@Controller("/courses")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class CourseController {
    private final CourseCatalogue catalogue;

    public CourseController(CourseCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Serdeable
    public record CourseRequest(@Nullable String title, @Nullable String description,
                                @Nullable Integer renewalMonths, @Nullable Boolean active) {
    }

    @Get
    public List<Course> list() {
        return catalogue.all();
    }

    /** Adds a course or changes one. */
    @Put("/{code}")
    @Secured({Roles.HR, Roles.ADMIN})
    public Course save(String code, @Body CourseRequest request) {
        return catalogue.save(code, request.title(), request.description(), request.renewalMonths(), request.active());
    }
}
