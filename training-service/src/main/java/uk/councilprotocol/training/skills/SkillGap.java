package uk.councilprotocol.training.skills;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import uk.councilprotocol.platform.grpc.Protos;

import java.time.LocalDate;

/**
 * A skill rated below the level the council needs, and what follows: its course REQUIRED (assigned, due then),
 * SUGGESTED, or NO_COURSE when none closes it.
 */
@Serdeable
public record SkillGap(int position, String skillName, int level, int neededLevel, @Nullable String courseCode,
                       String outcome, @Nullable LocalDate dueDate) {
    static final String REQUIRED = "REQUIRED";
    static final String SUGGESTED = "SUGGESTED";
    static final String NO_COURSE = "NO_COURSE";

    uk.councilprotocol.contracts.training.v1.SkillGap toProto() {
        return uk.councilprotocol.contracts.training.v1.SkillGap.newBuilder()
                .setPosition(position).setSkillName(skillName).setLevel(level).setNeededLevel(neededLevel)
                .setCourseCode(Protos.orEmpty(courseCode)).setOutcome(outcome)
                .setDueDate(Protos.orEmpty(dueDate))
                .build();
    }
}
