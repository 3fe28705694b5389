package uk.councilprotocol.console.training;

import io.grpc.StatusRuntimeException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import uk.councilprotocol.console.FormErrors;
import uk.councilprotocol.console.Page;
import uk.councilprotocol.console.Pages;
import uk.councilprotocol.console.backend.Backends;
import uk.councilprotocol.console.signin.Csrf;
import uk.councilprotocol.console.signin.Session;
import uk.councilprotocol.console.signin.Sessions;
import uk.councilprotocol.contracts.training.v1.Course;
import uk.councilprotocol.contracts.training.v1.ListCoursesRequest;
import uk.councilprotocol.contracts.training.v1.SaveCourseRequest;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * HR's course catalogue: every course with its renewal, and one form to add a course or change one (the code names
 * which; "Change" fills the form in). training-service checks the role and the course.
 */
@Controller("/training/courses")
@ExecuteOn(TaskExecutors.BLOCKING)
public class CoursesController {
    private final Backends backends;
    private final Pages pages;

    public CoursesController(Backends backends, Pages pages) {
        this.backends = backends;
        this.pages = pages;
    }

    @Get
    public HttpResponse<String> courses(HttpRequest<?> request, @Nullable @QueryValue String code, @Nullable @QueryValue String saved) {
        Session session = Sessions.of(request);
        List<Course> all = all(session);
        Map<String, String> form = new HashMap<>();
        all.stream().filter(c -> c.getCode().equals(code)).findFirst().ifPresent(c -> {
            form.put("code", c.getCode());
            form.put("title", c.getTitle());
            form.put("description", c.getDescription());
            form.put("renewal_months", c.getRenewalMonths() == 0 ? "" : String.valueOf(c.getRenewalMonths()));
            form.put("renewal_window_days", c.getRenewalWindowDays() == 0 ? "" : String.valueOf(c.getRenewalWindowDays()));
            form.put("renews_by", c.getRenewsBy());
            form.put("retired", c.getActive() ? "" : "yes");
        });
        return pages.ok(request, "courses", model(session, all, List.of(), form, saved == null ? "" : saved));
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> save(HttpRequest<?> request, @Body Map<String, String> form) {
        Session session = Sessions.of(request);
        Csrf.check(session, form);
        List<FormErrors.FieldError> errors = new ArrayList<>();
        int months = WholeDays.parse("renewal_months", form.getOrDefault("renewal_months", ""), "months, for example 12", errors);
        int days = WholeDays.parse("renewal_window_days", form.getOrDefault("renewal_window_days", ""), errors);
        if (errors.isEmpty()) {
            try {
                Course saved = backends.courses(session).saveCourse(SaveCourseRequest.newBuilder()
                        .setCode(form.getOrDefault("code", "").strip()).setTitle(form.getOrDefault("title", ""))
                        .setDescription(form.getOrDefault("description", "")).setRenewalMonths(months).setRenewalWindowDays(days)
                        .setRenewsBy(form.getOrDefault("renews_by", "").strip())
                        .setRetired("yes".equals(form.get("retired"))).build());
                return HttpResponse.seeOther(URI.create("/training/courses?saved=" + saved.getCode()));
            } catch (StatusRuntimeException e) {
                errors.addAll(FormErrors.of(e));
            }
        }
        return pages.render(HttpStatus.BAD_REQUEST, request, "courses", model(session, all(session), errors, form, ""));
    }

    private static Map<String, Object> model(Session session, List<Course> courses, List<FormErrors.FieldError> errors,
                                             Map<String, String> form, String saved) {
        return Page.model(session, "Courses", "rules", "courses", courses, "errors", errors, "form", form, "saved", saved);
    }

    private List<Course> all(Session session) {
        return backends.courses(session).listCourses(ListCoursesRequest.getDefaultInstance()).getCoursesList();
    }
}
