package uk.councilprotocol.training.requirements;

import jakarta.inject.Singleton;
import uk.councilprotocol.training.roster.Person;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What the active rules require of a person: course code → the shortest "due within" of the matching rules. */
@Singleton
public class Requirements {
    private final RequirementRuleRepository rules;

    public Requirements(RequirementRuleRepository rules) {
        this.rules = rules;
    }

    public List<RequirementRule> activeRules() {
        return rules.findByActiveTrue();
    }

    public static Map<String, Integer> requiredOf(Person person, List<RequirementRule> activeRules) {
        Map<String, Integer> required = new TreeMap<>();
        if (!person.active()) {
            return required;
        }
        for (RequirementRule rule : activeRules) {
            if (rule.appliesTo(person)) {
                required.merge(rule.courseCode(), rule.dueWithinDays(), Math::min);
            }
        }
        return required;
    }
}
