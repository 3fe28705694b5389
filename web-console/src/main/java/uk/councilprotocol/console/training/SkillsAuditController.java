package uk.councilprotocol.console.training;

import io.grpc.Status;
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
import uk.councilprotocol.console.GovukDate;
import uk.councilprotocol.console.Page;
import uk.councilprotocol.console.Pages;
import uk.councilprotocol.console.backend.Backends;
import uk.councilprotocol.console.signin.Csrf;
import uk.councilprotocol.console.signin.Session;
import uk.councilprotocol.console.signin.Sessions;
import uk.councilprotocol.contracts.training.v1.AnswerAuditRequest;
import uk.councilprotocol.contracts.training.v1.AuditSkill;
import uk.councilprotocol.contracts.training.v1.Course;
import uk.councilprotocol.contracts.training.v1.GetMyAnswersRequest;
import uk.councilprotocol.contracts.training.v1.GetSkillsMatrixRequest;
import uk.councilprotocol.contracts.training.v1.ListAuditsRequest;
import uk.councilprotocol.contracts.training.v1.ListCoursesRequest;
import uk.councilprotocol.contracts.training.v1.PublishAuditRequest;
import uk.councilprotocol.contracts.training.v1.SkillRating;
import uk.councilprotocol.contracts.training.v1.SkillsAudit;
import uk.councilprotocol.contracts.training.v1.SkillsAuditAnswers;
import uk.councilprotocol.contracts.training.v1.SkillsMatrix;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The skills audit of councillors: HR publishes one (a row per skill: the level the council needs and the course that
 * closes a gap), a councillor rates themselves on each and sees their gaps, and HR, the admin and the Monitoring
 * Officer's team read the matrix. training-service decides who may do what; the pages show its answers.
 */
@Controller("/training/skills")
@ExecuteOn(TaskExecutors.BLOCKING)
public class SkillsAuditController {
    /** Blank skill rows on the publish form; the service takes up to 30 from a department's system. */
    static final int SKILL_ROWS = 8;
    /** The levels a councillor rates themselves at, as training-service defines them. */
    static final Map<Integer, String> LEVELS = Map.of(1, "New to this", 2, "Some experience", 3, "Confident", 4, "Could help others");
    private static final Pattern SKILL_FIELD = Pattern.compile("skills\\[(\\d+)]\\.(.+)");

    private final Backends backends;
    private final Pages pages;

    public SkillsAuditController(Backends backends, Pages pages) {
        this.backends = backends;
        this.pages = pages;
    }

    @Get
    public HttpResponse<String> list(HttpRequest<?> request) {
        Session session = Sessions.of(request);
        return pages.ok(request, "skills-audits", listModel(session, List.of(), Map.of()));
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> publish(HttpRequest<?> request, @Body Map<String, String> form) {
        Session session = Sessions.of(request);
        Csrf.check(session, form);
        List<FormErrors.FieldError> errors = new ArrayList<>();
        String closesOn = GovukDate.iso(form, "closes_on", errors);
        List<Integer> rows = filledRows(form);
        if (errors.isEmpty()) {
            PublishAuditRequest.Builder ask = PublishAuditRequest.newBuilder().setTitle(form.getOrDefault("title", ""))
                    .setClosesOn(closesOn);
            String dueDays = form.getOrDefault("gap_due_days", "").strip();
            if (!dueDays.isEmpty()) {
                if (!dueDays.matches("\\d{1,3}")) {
                    errors.add(new FormErrors.FieldError("gap_due_days", "must be a number of days, such as 60"));
                } else {
                    ask.setGapDueDays(Integer.parseInt(dueDays));
                }
            }
            rows.forEach(row -> ask.addSkills(skillOf(form, row)));
            if (errors.isEmpty()) {
                try {
                    SkillsAudit audit = backends.skillsAudits(session).publishAudit(ask.build());
                    return HttpResponse.seeOther(URI.create("/training/skills/" + audit.getId() + "?saved=published"));
                } catch (StatusRuntimeException e) {
                    MoreTimeController.errorsOf(e).forEach(error -> errors.add(onRow(error, rows)));
                }
            }
        }
        return pages.render(HttpStatus.BAD_REQUEST, request, "skills-audits", listModel(session, errors, form));
    }

    /** The rows HR filled in (a name or a course), in order: blank ones are left out rather than refused. */
    static List<Integer> filledRows(Map<String, String> form) {
        return IntStream.range(0, SKILL_ROWS)
                .filter(row -> !form.getOrDefault("skill-" + row + "-name", "").isBlank()
                        || !form.getOrDefault("skill-" + row + "-course", "").isBlank())
                .boxed().toList();
    }

    private static AuditSkill skillOf(Map<String, String> form, int row) {
        String level = form.getOrDefault("skill-" + row + "-level", "");
        return AuditSkill.newBuilder().setName(form.getOrDefault("skill-" + row + "-name", ""))
                .setNeededLevel(level.matches("[1-4]") ? Integer.parseInt(level) : 0)
                .setCourseCode(form.getOrDefault("skill-" + row + "-course", ""))
                .setGapRequiresCourse("yes".equals(form.get("skill-" + row + "-required")))
                .build();
    }

    /** The service names skills by their place among those sent; the page's boxes go by the form's row. */
    static FormErrors.FieldError onRow(FormErrors.FieldError error, List<Integer> rows) {
        Matcher field = SKILL_FIELD.matcher(error.field());
        if (!field.matches() || Integer.parseInt(field.group(1)) >= rows.size()) {
            return error;
        }
        return new FormErrors.FieldError("skills[" + rows.get(Integer.parseInt(field.group(1))) + "]." + field.group(2), error.message());
    }

    @Get("/{auditId}")
    public HttpResponse<String> show(HttpRequest<?> request, String auditId, @Nullable @QueryValue String saved) {
        Session session = Sessions.of(request);
        return pages.ok(request, "skills-audit", auditModel(session, auditId, saved == null ? "" : saved, List.of(), Map.of()));
    }

    @Post("/{auditId}/answers")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> answer(HttpRequest<?> request, String auditId, @Body Map<String, String> form) {
        Session session = Sessions.of(request);
        Csrf.check(session, form);
        SkillsAudit audit = find(session, auditId);
        AnswerAuditRequest.Builder ask = AnswerAuditRequest.newBuilder().setAuditId(auditId);
        for (AuditSkill skill : audit.getSkillsList()) {
            String level = form.getOrDefault("level-" + skill.getPosition(), "");
            if (level.matches("[1-4]")) {
                ask.addRatings(SkillRating.newBuilder().setPosition(skill.getPosition()).setLevel(Integer.parseInt(level)));
            }
        }
        try {
            backends.skillsAudits(session).answerAudit(ask.build());
            return HttpResponse.seeOther(URI.create("/training/skills/" + auditId + "?saved=answered"));
        } catch (StatusRuntimeException e) {
            return pages.render(HttpStatus.BAD_REQUEST, request, "skills-audit",
                    auditModel(session, auditId, "", MoreTimeController.errorsOf(e), form));
        }
    }

    private SkillsAudit find(Session session, String auditId) {
        return backends.skillsAudits(session).listAudits(ListAuditsRequest.getDefaultInstance()).getAuditsList().stream()
                .filter(a -> a.getId().equals(auditId)).findFirst()
                .orElseThrow(() -> Status.NOT_FOUND.withDescription("There is no such skills audit.").asRuntimeException());
    }

    private Map<String, Object> listModel(Session session, List<FormErrors.FieldError> errors, Map<String, String> form) {
        List<Course> courses = !session.managesTraining() ? List.of()
                : backends.courses(session).listCourses(ListCoursesRequest.getDefaultInstance()).getCoursesList().stream()
                .filter(Course::getActive).toList();
        return Page.model(session, "Skills audit", "skills",
                "audits", backends.skillsAudits(session).listAudits(ListAuditsRequest.getDefaultInstance()).getAuditsList(),
                "courses", courses, "levels", LEVELS, "rows", IntStream.range(0, SKILL_ROWS).boxed().toList(), "errors", errors, "form", form);
    }

    /**
     * A councillor's page: the form to rate themselves (with their last answers ticked) and their gaps. HR's: the
     * matrix of everyone's ratings and who has not answered.
     */
    private Map<String, Object> auditModel(Session session, String auditId, String saved, List<FormErrors.FieldError> errors,
                                           Map<String, String> form) {
        SkillsAudit audit = find(session, auditId);
        SkillsAuditAnswers mine = session.councillor() ? myAnswers(session, auditId) : null;
        SkillsMatrix matrix = session.hr()
                ? backends.skillsAudits(session).getSkillsMatrix(GetSkillsMatrixRequest.newBuilder().setAuditId(auditId).build()) : null;
        Map<Integer, Integer> given = new java.util.HashMap<>();
        if (mine != null) {
            mine.getRatingsList().forEach(r -> given.put(r.getPosition(), r.getLevel()));
        }
        form.forEach((key, value) -> {
            if (key.startsWith("level-") && value.matches("[1-4]")) {
                given.put(Integer.parseInt(key.substring("level-".length())), Integer.parseInt(value));
            }
        });
        return Page.model(session, audit.getTitle(), "skills", "audit", audit, "mine", mine, "given", given, "matrix", matrix,
                "levels", LEVELS, "saved", saved, "errors", errors);
    }

    private SkillsAuditAnswers myAnswers(Session session, String auditId) {
        try {
            return backends.skillsAudits(session).getMyAnswers(GetMyAnswersRequest.newBuilder().setAuditId(auditId).build());
        } catch (StatusRuntimeException e) {
            if (e.getStatus().getCode() == Status.Code.NOT_FOUND) {
                return null;
            }
            throw e;
        }
    }
}
