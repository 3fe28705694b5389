package uk.councilprotocol.training.courses;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import uk.councilprotocol.platform.errors.InvalidInputException;
import uk.councilprotocol.platform.errors.RequestChecks;
import uk.councilprotocol.platform.errors.Validation;
import uk.councilprotocol.platform.tenancy.CouncilStatistics;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** HR's course catalogue. */
@Singleton
public class CourseCatalogue {
    private static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_]{1,39}$");

    private final CourseRepository courses;
    private final RequestChecks requestChecks;
    private final CouncilStatistics statistics;
    private final JdbcOperations jdbc;

    public CourseCatalogue(CourseRepository courses, RequestChecks requestChecks, CouncilStatistics statistics,
                           JdbcOperations jdbc) {
        this.courses = courses;
        this.requestChecks = requestChecks;
        this.statistics = statistics;
        this.jdbc = jdbc;
    }

    public List<Course> all() {
        return courses.listOrderByCode();
    }

    public Map<String, Course> byCode() {
        return all().stream().collect(Collectors.toMap(Course::code, Function.identity()));
    }

    /** The course, or a violation naming {@code field}. */
    public Course require(String field, String code) {
        if (code == null || code.isBlank()) {
            throw InvalidInputException.of(field, "is required");
        }
        return courses.findById(code.strip())
                .orElseThrow(() -> InvalidInputException.of(field, "'" + code + "' is not a course in the catalogue"));
    }

    @Transactional
    public Course save(String code, CourseRequest request) {
        Validation check = requestChecks.start(request);
        String validCode = check.required("code", code);
        if (validCode != null && !CODE.matcher(validCode).matches()) {
            check.reject("code", "must be upper-case letters, digits and '_' (e.g. NOLAN_PRINCIPLES)");
        }
        if (request.renewalWindowDays() != null && request.renewalMonths() == null && !check.has("renewal_window_days")) {
            check.reject("renewal_window_days", "needs renewal_months: a course that never expires has no renewal window");
        }
        LocalDate renewsBy = renewsBy(check, request);
        check.throwIfInvalid();
        Course course = new Course(validCode, request.title().strip(), request.description() == null ? "" : request.description().strip(),
                request.renewalMonths(), request.active() == null || request.active(), request.renewalWindowDays(), renewsBy);
        if (courses.existsById(validCode)) {
            return courses.update(course);
        }
        Course saved = courses.save(course);
        // every completion looks its course up: by key, once the planner counts a new council's courses
        statistics.keepSmallTableCurrent(jdbc.getConnection(), "course");
        return saved;
    }

    /** The first due day of a council-wide renewal cycle, as an ISO date; empty for none. */
    private static LocalDate renewsBy(Validation check, CourseRequest request) {
        if (request.renewsBy() == null || request.renewsBy().isBlank()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(request.renewsBy().strip());
            if (request.renewalMonths() == null) {
                check.reject("renews_by", "needs renewal_months: how often the cycle's renewals fall due");
            }
            return day;
        } catch (DateTimeParseException e) {
            check.reject("renews_by", "must be a date such as 2027-05-31");
            return null;
        }
    }
}
