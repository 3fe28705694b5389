package uk.councilprotocol.plans.actions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import uk.councilprotocol.plans.duedates.Precision;

import java.time.LocalDate;
import java.util.UUID;

/** A dated step found inside an action's text ("By March 2023, the first phase ..."). */
@MappedEntity("milestone")
public record ActionMilestone(@Id UUID id,
                              UUID actionId,
                              int position,
                              String text,
                              String dueText,
                              Precision duePrecision,
                              @Nullable LocalDate deadline) {
}
