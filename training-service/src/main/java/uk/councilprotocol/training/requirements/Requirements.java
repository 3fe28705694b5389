package uk.councilprotocol.training.requirements;

import jakarta.inject.Singleton;
import uk.councilprotocol.training.roster.Person;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/** What the active rules require of a person, and by when. */
@Singleton
public class Requirements {
    private final RequirementRuleRepository rules;

    public Requirements(RequirementRuleRepository rules) {
        this.rules = rules;
    }

    public List<RequirementRule> activeRules() {
        return rules.findByActiveTrue();
    }

    /**
     * The active rules about one course: those requiring it and those it is the prerequisite of — enough for
     * {@link #requires} and {@link #isPrerequisite} on that course, without reading (and mapping) every rule.
     */
    public List<RequirementRule> activeRulesAbout(String courseCode) {
        return rules.findActiveAbout(courseCode);
    }

    /** Whether a rule requires this course of the person, by who they are (a prerequisite aside). */
    public static boolean requires(Person person, List<RequirementRule> activeRules, String courseCode) {
        return person.active() && activeRules.stream().anyMatch(r -> r.courseCode().equals(courseCode) && r.appliesTo(person));
    }

    /**
     * What the rules require of a person assigned today: course code → the earliest due date of the rules that apply.
     * A rule waiting for a course the person has not validly completed requires nothing yet.
     */
    public static Map<String, LocalDate> requiredOf(Person person, List<RequirementRule> activeRules, LocalDate today,
                                                    Predicate<String> completed) {
        Map<String, LocalDate> required = new TreeMap<>();
        if (!person.active()) {
            return required;
        }
        for (RequirementRule rule : activeRules) {
            if (rule.appliesTo(person)) {
                DueDate.of(rule, person, today, rule.afterCourse() != null && completed.test(rule.afterCourse()))
                        .ifPresent(due -> required.merge(rule.courseCode(), due, (a, b) -> a.isBefore(b) ? a : b));
            }
        }
        return required;
    }

    /** Whether completing this course may bring another rule's course due (it is that rule's prerequisite). */
    public static boolean isPrerequisite(List<RequirementRule> activeRules, String courseCode) {
        return activeRules.stream().anyMatch(r -> courseCode.equals(r.afterCourse()));
    }
}
