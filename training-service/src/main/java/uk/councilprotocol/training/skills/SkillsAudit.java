package uk.councilprotocol.training.skills;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An audit of councillors' skills HR published, open for answers until it closes. */
@Serdeable
@MappedEntity("skills_audit")
public record SkillsAudit(@Id UUID id,
                          String title,
                          LocalDate closesOn,
                          int gapDueDays,
                          String publishedBy,
                          Instant publishedAt) {

    public boolean openOn(LocalDate day) {
        return !day.isAfter(closesOn);
    }
}
