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
import uk.councilprotocol.contracts.training.v1.ChangeRuleRequest;
import uk.councilprotocol.contracts.training.v1.Course;
import uk.councilprotocol.contracts.training.v1.ListCoursesRequest;
import uk.councilprotocol.contracts.training.v1.ListRulesRequest;
import uk.councilprotocol.contracts.training.v1.RetireRuleRequest;
import uk.councilprotocol.contracts.training.v1.Rule;
import uk.councilprotocol.contracts.training.v1.RuleChange;
import uk.councilprotocol.contracts.training.v1.RuleDraft;
import uk.councilprotocol.contracts.training.v1.RulePreview;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * HR's training rules: who must complete which course (by kind, role — a committee is a role —, department or political
 * group) and by when (days from starting, from being assigned, from completing another course, or a date each year). A draft is previewed — exactly whom it would assign, by when — before it is added;
 * a rule is retired, not deleted. training-service checks the role and the draft.
 */
@Controller("/training/rules")
@ExecuteOn(TaskExecutors.BLOCKING)
public class RulesController {
    private final Backends backends;
    private final Pages pages;

    public RulesController(Backends backends, Pages pages) {
        this.backends = backends;
        this.pages = pages;
    }

    /** The rules in force and the form: empty to add one, or filled with a rule's terms to change it ({@code change}). */
    @Get
    public HttpResponse<String> rules(HttpRequest<?> request, @Nullable @QueryValue String saved, @Nullable @QueryValue Integer count,
                                      @Nullable @QueryValue String change) {
        Session session = Sessions.of(request);
        Map<String, String> form = change == null ? Map.of() : backends.rules(session).listRules(ListRulesRequest.getDefaultInstance())
                .getRulesList().stream().filter(r -> r.getId().equals(change) && r.getActive()).findFirst()
                .map(RulesController::formOf).orElse(Map.of());
        return pages.ok(request, "rules", model(session, null, List.of(), form, saved == null ? "" : saved, count == null ? 0 : count));
    }

    /** A rule's terms as the form's boxes hold them. */
    static Map<String, String> formOf(Rule rule) {
        Map<String, String> form = new java.util.HashMap<>();
        form.put("rule_id", rule.getId());
        form.put("course_code", rule.getCourseCode());
        form.put("person_kind", rule.getPersonKind());
        form.put("role", rule.getRole());
        form.put("department", rule.getDepartment());
        form.put("political_group", rule.getPoliticalGroup());
        form.put("due_from", rule.getDueFrom().isEmpty() ? "starting" : rule.getDueFrom());
        form.put("due_within_days", String.valueOf(rule.getDueWithinDays()));
        form.put("after_course", rule.getAfterCourse());
        if (rule.getDueBy().matches("\\d{2}-\\d{2}")) {
            form.put("due_by_month", String.valueOf(Integer.parseInt(rule.getDueBy().substring(0, 2))));
            form.put("due_by_day", String.valueOf(Integer.parseInt(rule.getDueBy().substring(3))));
        }
        return form;
    }

    /** The draft's two buttons: "preview" shows whom it would assign, "add" saves it. */
    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> draft(HttpRequest<?> request, @Body Map<String, String> form) {
        Session session = Sessions.of(request);
        Csrf.check(session, form);
        List<FormErrors.FieldError> errors = new ArrayList<>();
        int days = WholeDays.parse("due_within_days", form.getOrDefault("due_within_days", ""), errors);
        RuleDraft draft = RuleDraft.newBuilder().setCourseCode(form.getOrDefault("course_code", ""))
                .setPersonKind(form.getOrDefault("person_kind", "")).setRole(form.getOrDefault("role", ""))
                .setDepartment(form.getOrDefault("department", "")).setPoliticalGroup(form.getOrDefault("political_group", ""))
                .setDueWithinDays(days).setDueFrom(form.getOrDefault("due_from", ""))
                .setDueBy(dayOfYear(form.getOrDefault("due_by_day", ""), form.getOrDefault("due_by_month", "")))
                .setAfterCourse("after-course".equals(form.get("due_from")) ? form.getOrDefault("after_course", "") : "").build();
        RulePreview preview = null;
        if (errors.isEmpty()) {
            try {
                String ruleId = form.getOrDefault("rule_id", "");
                if ("add".equals(form.get("action")) && !ruleId.isEmpty()) {
                    RuleChange changed = backends.rules(session).changeRule(ChangeRuleRequest.newBuilder().setRuleId(ruleId)
                            .setDraft(draft).build());
                    return HttpResponse.seeOther(URI.create("/training/rules?saved=changed&count=" + changed.getAssignmentsCreated()));
                }
                if ("add".equals(form.get("action"))) {
                    RuleChange added = backends.rules(session).addRule(draft);
                    return HttpResponse.seeOther(URI.create("/training/rules?saved=added&count=" + added.getAssignmentsCreated()));
                }
                preview = ruleId.isEmpty() ? backends.rules(session).previewRule(draft) : backends.rules(session)
                        .previewRuleChange(ChangeRuleRequest.newBuilder().setRuleId(ruleId).setDraft(draft).build());
            } catch (StatusRuntimeException e) {
                errors.addAll(FormErrors.of(e));
            }
        }
        HttpStatus status = errors.isEmpty() ? HttpStatus.OK : HttpStatus.BAD_REQUEST;
        return pages.render(status, request, "rules", model(session, preview, errors, form, "", 0));
    }

    @Post("/{ruleId}/retire")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> retire(HttpRequest<?> request, String ruleId, @Body Map<String, String> form) {
        Session session = Sessions.of(request);
        Csrf.check(session, form);
        RuleChange retired = backends.rules(session).retireRule(RetireRuleRequest.newBuilder().setRuleId(ruleId).build());
        return HttpResponse.seeOther(URI.create("/training/rules?saved=retired&count=" + retired.getAssignmentsCancelled()));
    }

    /** A fixed date's day and month boxes as the service reads them, MM-DD; as typed when they are not numbers, for it to name. */
    static String dayOfYear(String day, String month) {
        String d = day.strip();
        String m = month.strip();
        if (d.isEmpty() && m.isEmpty()) {
            return "";
        }
        return d.matches("\\d{1,2}") && m.matches("\\d{1,2}") ? String.format("%02d-%02d", Integer.parseInt(m), Integer.parseInt(d)) : m + "-" + d;
    }

    /** "within 90 days of starting", "by 31 March, at least 14 days ahead", "within 30 days of completing Nolan Principles". */
    static String when(Rule rule, Map<String, String> titles) {
        int days = rule.getDueWithinDays();
        return switch (rule.getDueFrom()) {
            case "assigned" -> "within " + days + " days of being assigned";
            case "after-course" -> "within " + days + " days of completing "
                    + titles.getOrDefault(rule.getAfterCourse(), rule.getAfterCourse());
            case "fixed-date" -> "by " + java.time.MonthDay.parse("--" + rule.getDueBy())
                    .format(java.time.format.DateTimeFormatter.ofPattern("d MMMM", java.util.Locale.UK))
                    + (days > 0 ? ", at least " + days + " days ahead" : "");
            default -> "within " + days + " days of starting";
        };
    }

    /** "a councillor in the Labour Group with the role licensing-committee", "an officer", or "anyone". */
    static String who(Rule rule) {
        List<String> parts = new ArrayList<>();
        String kind = rule.getPersonKind();
        parts.add(kind.isEmpty() ? "anyone" : (kind.startsWith("o") ? "an " : "a ") + kind);
        if (!rule.getDepartment().isEmpty()) {
            parts.add("in " + rule.getDepartment());
        }
        if (!rule.getPoliticalGroup().isEmpty()) {
            parts.add("in the " + rule.getPoliticalGroup());
        }
        if (!rule.getRole().isEmpty()) {
            parts.add("with the role " + rule.getRole());
        }
        return String.join(" ", parts);
    }

    private Map<String, Object> model(Session session, @Nullable RulePreview preview, List<FormErrors.FieldError> errors,
                                      Map<String, String> form, String saved, int count) {
        List<Course> courses = backends.courses(session).listCourses(ListCoursesRequest.getDefaultInstance()).getCoursesList();
        Map<String, String> titles = courses.stream().collect(Collectors.toMap(Course::getCode, Course::getTitle));
        List<Rule> active = backends.rules(session).listRules(ListRulesRequest.getDefaultInstance()).getRulesList().stream()
                .filter(Rule::getActive).toList();
        Map<String, String> whoOf = active.stream().collect(Collectors.toMap(Rule::getId, RulesController::who));
        Map<String, String> whenOf = active.stream().collect(Collectors.toMap(Rule::getId, rule -> when(rule, titles)));
        return Page.model(session, "Training rules", "rules", "courses", courses, "titles", titles, "rules", active,
                "changing", !form.getOrDefault("rule_id", "").isEmpty(),
                "who", whoOf, "when", whenOf, "preview", preview, "errors", errors, "form", form, "saved", saved, "count", count);
    }
}
