package uk.councilprotocol.training.courses;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
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

    @Get
    public List<Course> list() {
        return catalogue.all();
    }

    /** Adds a course or changes one. */
    @Put("/{code}")
    @Secured({Roles.HR, Roles.ADMIN})
    public Course save(String code, @Body CourseRequest request) {
        return catalogue.save(code, request);
    }
}
