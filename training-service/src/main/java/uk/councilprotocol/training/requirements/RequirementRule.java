package uk.councilprotocol.training.requirements;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import uk.councilprotocol.training.roster.Person;
import uk.councilprotocol.training.roster.PersonKind;

import java.time.Instant;
import java.util.UUID;

/**
 * "People of this kind / role (a committee is a role) / department / political group must complete this course
 * within N days of starting (or of the rule first applying to them)" — or of being assigned it, or of completing
 * another course, or by a fixed day of the year ({@link DueFrom}, {@link DueDate}). A null criterion matches everyone.
 */
@Serdeable
@MappedEntity("requirement_rule")
public record RequirementRule(@Id UUID id,
                              String courseCode,
                              @Nullable PersonKind personKind,
                              @Nullable String role,
                              @Nullable String department,
                              int dueWithinDays,
                              boolean active,
                              Instant createdAt,
                              @Nullable String politicalGroup,
                              DueFrom dueFrom,
                              @Nullable String dueBy,
                              @Nullable String afterCourse) {

    public boolean appliesTo(Person person) {
        return active
                && (personKind == null || personKind == person.kind())
                && (role == null || person.hasRole(role))
                && (department == null || department.equalsIgnoreCase(person.department()))
                && (politicalGroup == null || politicalGroup.equalsIgnoreCase(person.politicalGroup()));
    }

    public RequirementRule retired() {
        return new RequirementRule(id, courseCode, personKind, role, department, dueWithinDays, false, createdAt, politicalGroup,
                dueFrom, dueBy, afterCourse);
    }
}
