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
 * One thing a plan commits to, with who answers for it (a person, or posts named as the plan names them, and the
 * people holding those posts now), when it is due as written and as a tracking deadline, and where it stands.
 * Built with {@link #builder()} or changed with {@code with…} methods: never by position.
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
                     // null until first resolved (actions imported before the column existed)
                     @Nullable @TypeDef(type = DataType.STRING_ARRAY) String[] answeredBy,
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
        return toBuilder().status(newStatus).progressPercent(percent).updatedAt(now).build();
    }

    /** A new deadline: its overdue event may go out again. */
    public Action withDue(DueDate due, Instant now) {
        return toBuilder().due(due).overdueNotified(null).updatedAt(now).build();
    }

    public Action withRagOverride(@Nullable Rag rag, @Nullable String reason, Instant now) {
        return toBuilder().ragOverride(rag).ragReason(rag == null ? null : reason).updatedAt(now).build();
    }

    public Action overdueNotified(Instant now) {
        return toBuilder().overdueNotified(deadline).updatedAt(now).build();
    }

    /** A new owner, as written and as understood, and who answers for it now. */
    public Action withOwner(String text, @Nullable String personId, List<String> roles, List<String> answerers, Instant now) {
        return toBuilder().owner(text, personId, roles).answeredBy(answerers).updatedAt(now).build();
    }

    public Action withAnsweredBy(List<String> personIds, Instant now) {
        return toBuilder().answeredBy(personIds).updatedAt(now).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.planId = planId;
        b.themeId = themeId;
        b.recommendationId = recommendationId;
        b.position = position;
        b.reference = reference;
        b.text = text;
        b.ownerText = ownerText;
        b.ownerPersonId = ownerPersonId;
        b.ownerRoles = ownerRoles;
        b.answeredBy = answeredBy;
        b.cabinetLead = cabinetLead;
        b.sponsor = sponsor;
        b.dueText = dueText;
        b.duePrecision = duePrecision;
        b.deadline = deadline;
        b.status = status;
        b.progressPercent = progressPercent;
        b.ragOverride = ragOverride;
        b.ragReason = ragReason;
        b.overdueNotified = overdueNotified;
        b.createdAt = createdAt;
        b.updatedAt = updatedAt;
        return b;
    }

    /** Names every part of an action; a new one starts with a fresh id, no posts, not started. */
    public static final class Builder {
        private UUID id = UUID.randomUUID();
        private UUID planId;
        private UUID themeId;
        private UUID recommendationId;
        private int position;
        private String reference;
        private String text;
        private String ownerText;
        private String ownerPersonId;
        private String[] ownerRoles = new String[0];
        private String[] answeredBy = new String[0];
        private String cabinetLead;
        private String sponsor;
        private String dueText = "";
        private Precision duePrecision;
        private LocalDate deadline;
        private ActionStatus status = ActionStatus.NOT_STARTED;
        private int progressPercent;
        private Rag ragOverride;
        private String ragReason;
        private LocalDate overdueNotified;
        private Instant createdAt;
        private Instant updatedAt;

        private Builder() {
        }

        public Builder placed(UUID planId, UUID themeId, @Nullable UUID recommendationId, int position) {
            this.planId = planId;
            this.themeId = themeId;
            this.recommendationId = recommendationId;
            this.position = position;
            return this;
        }

        public Builder reference(@Nullable String reference) {
            this.reference = reference;
            return this;
        }

        public Builder text(String text) {
            this.text = text;
            return this;
        }

        public Builder owner(@Nullable String ownerText, @Nullable String ownerPersonId, List<String> roles) {
            this.ownerText = ownerText;
            this.ownerPersonId = ownerPersonId;
            this.ownerRoles = roles.toArray(String[]::new);
            return this;
        }

        public Builder answeredBy(List<String> personIds) {
            this.answeredBy = personIds.toArray(String[]::new);
            return this;
        }

        public Builder leads(@Nullable String cabinetLead, @Nullable String sponsor) {
            this.cabinetLead = cabinetLead;
            this.sponsor = sponsor;
            return this;
        }

        public Builder due(DueDate due) {
            this.dueText = due.text();
            this.duePrecision = due.precision();
            this.deadline = due.deadline();
            return this;
        }

        public Builder status(ActionStatus status) {
            this.status = status;
            return this;
        }

        public Builder progressPercent(int progressPercent) {
            this.progressPercent = progressPercent;
            return this;
        }

        public Builder ragOverride(@Nullable Rag ragOverride) {
            this.ragOverride = ragOverride;
            return this;
        }

        public Builder ragReason(@Nullable String ragReason) {
            this.ragReason = ragReason;
            return this;
        }

        public Builder overdueNotified(@Nullable LocalDate overdueNotified) {
            this.overdueNotified = overdueNotified;
            return this;
        }

        /** Created now; changed now. */
        public Builder createdAt(Instant now) {
            this.createdAt = now;
            this.updatedAt = now;
            return this;
        }

        public Builder updatedAt(Instant now) {
            this.updatedAt = now;
            return this;
        }

        public Action build() {
            return new Action(id, planId, themeId, recommendationId, position, reference, text, ownerText, ownerPersonId,
                    ownerRoles, answeredBy, cabinetLead, sponsor, dueText, duePrecision, deadline, status, progressPercent,
                    ragOverride, ragReason, overdueNotified, createdAt, updatedAt);
        }
    }
}
