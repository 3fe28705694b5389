package uk.councilprotocol.plans.actions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import uk.councilprotocol.plans.duedates.Precision;

import java.time.LocalDate;
import java.util.UUID;

/** A dated step found inside an action's text ("By March 2023, the first phase ..."), and when it was done, if it was. */
@MappedEntity("milestone")
public record ActionMilestone(@Id UUID id,
                              UUID actionId,
                              int position,
                              String text,
                              String dueText,
                              Precision duePrecision,
                              @Nullable LocalDate deadline,
                              @Nullable LocalDate doneOn,
                              @Nullable String doneBy) {

    public ActionMilestone marked(@Nullable LocalDate on, @Nullable String by) {
        return new ActionMilestone(id, actionId, position, text, dueText, duePrecision, deadline, on, on == null ? null : by);
    }
}
