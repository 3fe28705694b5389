package uk.councilprotocol.training.requirements;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import uk.councilprotocol.platform.councils.CouncilAdministration.CouncilOnboarded;
import uk.councilprotocol.platform.tenancy.Councils;
import uk.councilprotocol.training.courses.Course;
import uk.councilprotocol.training.courses.CourseCatalogue;
import uk.councilprotocol.training.courses.CourseRequest;

import java.util.List;

/**
 * A council joining starts with the deployment's default council's courses and rules (the mandatory training the
 * protocol names), which its HR then changes as it wishes; without them its roster would be assigned nothing.
 */
@Singleton
class NewCouncilCatalogue {
    private final Councils councils;
    private final CourseCatalogue catalogue;
    private final RuleBook rules;

    NewCouncilCatalogue(Councils councils, CourseCatalogue catalogue, RuleBook rules) {
        this.councils = councils;
        this.catalogue = catalogue;
        this.rules = rules;
    }

    @EventListener
    void copyTheDefaultCatalogue(CouncilOnboarded onboarded) {
        // read as the default council, written as the new one: two scopes, so two sets of transactions
        List<Course> courses = Councils.callAs(councils.defaultCouncil(), catalogue::all);
        List<RequirementRule> ruleList = Councils.callAs(councils.defaultCouncil(), rules::all);
        Councils.runAs(onboarded.council(), () -> {
            courses.forEach(course -> catalogue.save(course.code(), new CourseRequest(course.title(), course.description(),
                    course.renewalMonths(), course.active(), course.renewalWindowDays(),
                    course.renewsBy() == null ? null : course.renewsBy().toString())));
            ruleList.stream().filter(RequirementRule::active).forEach(rule -> rules.add(new RuleRequest(rule.courseCode(),
                    rule.personKind() == null ? null : rule.personKind().name(), rule.role(), rule.department(),
                    rule.dueWithinDays(), rule.politicalGroup(), rule.dueFrom().label(), rule.dueBy(), rule.afterCourse())));
        });
    }
}
