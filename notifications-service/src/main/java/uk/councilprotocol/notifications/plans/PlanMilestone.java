package uk.councilprotocol.notifications.plans;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One of an action's milestones as plans-service's latest event gives it: what, by when, and whether it is done. */
@MappedEntity("plan_milestone")
public record PlanMilestone(@Id UUID milestoneId,
                            UUID actionId,
                            String text,
                            String dueText,
                            @Nullable LocalDate deadline,
                            boolean done,
                            Instant updatedAt) {
}
