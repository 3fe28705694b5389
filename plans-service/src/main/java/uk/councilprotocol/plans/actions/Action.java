package uk.councilprotocol.plans.actions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import uk.councilprotocol.plans.duedates.DueDate;
import uk.councilprotocol.plans.duedates.Precision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One thing a plan commits to, with who answers for it (a person, or posts named as the plan names them), when
 * it is due as written and as a tracking deadline, and where it stands.
 */
@MappedEntity("action")
public record Action(@Id UUID id,
                     UUID planId,
                     UUID themeId,
                     @Nullable UUID recommendationId,
                     int position,
                     @Nullable String reference,
                     String text,
                     @Nullable String ownerText,
                     @Nullable String ownerPersonId,
                     @TypeDef(type = DataType.STRING_ARRAY) String[] ownerRoles,
                     @Nullable String cabinetLead,
                     @Nullable String sponsor,
                     String dueText,
                     Precision duePrecision,
                     @Nullable LocalDate deadline,
                     ActionStatus status,
                     int progressPercent,
                     @Nullable Rag ragOverride,
                     @Nullable String ragReason,
                     @Nullable LocalDate overdueNotified,
                     Instant createdAt,
                     Instant updatedAt) {

    public List<String> roles() {
        return List.of(ownerRoles);
    }

    public DueDate due() {
        return new DueDate(dueText, duePrecision, null, deadline);
    }

    public Rag rag(LocalDate today) {
        return ragOverride != null ? ragOverride : Rag.derive(status, deadline, today);
    }

    public boolean overdueOn(LocalDate today) {
        return !status.closed() && deadline != null && deadline.isBefore(today);
    }

    public Action withStatus(ActionStatus newStatus, int percent, Instant now) {
        return new Action(id, planId, themeId, recommendationId, position, reference, text, ownerText, ownerPersonId,
                ownerRoles, cabinetLead, sponsor, dueText, duePrecision, deadline, newStatus, percent, ragOverride,
                ragReason, overdueNotified, createdAt, now);
    }

    public Action withDue(DueDate due, Instant now) {
        return new Action(id, planId, themeId, recommendationId, position, reference, text, ownerText, ownerPersonId,
                ownerRoles, cabinetLead, sponsor, due.text(), due.precision(), due.deadline(), status, progressPercent,
                ragOverride, ragReason, null, createdAt, now);
    }

    public Action withRagOverride(@Nullable Rag rag, @Nullable String reason, Instant now) {
        return new Action(id, planId, themeId, recommendationId, position, reference, text, ownerText, ownerPersonId,
                ownerRoles, cabinetLead, sponsor, dueText, duePrecision, deadline, status, progressPercent, rag,
                rag == null ? null : reason, overdueNotified, createdAt, now);
    }

    public Action overdueNotified(Instant now) {
        return new Action(id, planId, themeId, recommendationId, position, reference, text, ownerText, ownerPersonId,
                ownerRoles, cabinetLead, sponsor, dueText, duePrecision, deadline, status, progressPercent, ragOverride,
                ragReason, deadline, createdAt, now);
    }
}
