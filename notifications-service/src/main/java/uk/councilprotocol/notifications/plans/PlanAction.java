package uk.councilprotocol.notifications.plans;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An action-plan action as its latest event describes it: who answers for it (resolved by plans-service), by when, and whether it is open. */
@MappedEntity("plan_action")
public record PlanAction(@Id UUID actionId,
                         String planTitle,
                         @Nullable String reference,
                         String text,
                         @Nullable String ownerText,
                         @Nullable String ownerPersonId,
                         @TypeDef(type = DataType.STRING_ARRAY) String[] ownerRoles,
                         @TypeDef(type = DataType.STRING_ARRAY) String[] answeredByIds,
                         String theme,
                         @Nullable String themeLeadPersonId,
                         String dueText,
                         @Nullable LocalDate deadline,
                         boolean open,
                         Instant updatedAt,
                         @Nullable UUID planId) {

    public List<String> roles() {
        return List.of(ownerRoles);
    }

    /** Who answers for the action, as plans-service resolved them. */
    public List<String> answeredBy() {
        return List.of(answeredByIds);
    }

    /** How emails name it: its number and first words, "4. Publish the revised protocol on the intranet". */
    public String name() {
        return (reference == null ? "" : reference + ". ") + (text.length() <= 70 ? text : text.substring(0, 67).strip() + "...");
    }
}
