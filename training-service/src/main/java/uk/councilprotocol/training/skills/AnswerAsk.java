package uk.councilprotocol.training.skills;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A councillor's ratings of themselves, one for every skill of the audit. */
@Serdeable
@Introspected
public record AnswerAsk(@Nullable List<Rating> ratings) {

    /** The skill, by its position in the audit, and the level from 1 to 4. */
    @Serdeable
    @Introspected
    public record Rating(@Nullable Integer position, @Nullable Integer level) {
    }
}
