package uk.councilprotocol.training.courses;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import uk.councilprotocol.platform.errors.InvalidInputException;
import uk.councilprotocol.platform.errors.Validation;

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

    public CourseCatalogue(CourseRepository courses) {
        this.courses = courses;
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
    public Course save(String code, String title, String description, Integer renewalMonths, Boolean active) {
        Validation check = Validation.start();
        String validCode = check.required("code", code);
        if (validCode != null && !CODE.matcher(validCode).matches()) {
            check.reject("code", "must be upper-case letters, digits and '_' (e.g. NOLAN_PRINCIPLES)");
        }
        String validTitle = check.required("title", title);
        if (renewalMonths != null && (renewalMonths < 1 || renewalMonths > 120)) {
            check.reject("renewal_months", "must be between 1 and 120, or absent for a course that never expires");
        }
        check.throwIfInvalid();
        Course course = new Course(validCode, validTitle, description == null ? "" : description.strip(),
                renewalMonths, active == null || active);
        return courses.existsById(validCode) ? courses.update(course) : courses.save(course);
    }
}
