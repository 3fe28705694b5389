package uk.councilprotocol.training.skills;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** HR's new audit (HTTP JSON and gRPC alike); checked by {@link SkillsAudits#publish}, which names each skill's field. */
@Serdeable
@Introspected
public record PublishAsk(@Nullable String title, @Nullable String closesOn, @Nullable Integer gapDueDays,
                         @Nullable List<SkillAsk> skills) {

    /** One skill: what it is, the level needed (1–4), and the course that closes a gap, required or suggested. */
    @Serdeable
    @Introspected
    public record SkillAsk(@Nullable String name, @Nullable String description, @Nullable Integer neededLevel,
                           @Nullable String courseCode, @Nullable Boolean gapRequiresCourse) {
    }
}
