package uk.councilprotocol.notifications.skills;

import jakarta.inject.Singleton;
import uk.councilprotocol.notifications.templates.NoticeKind;
import uk.councilprotocol.notifications.templates.TemplateSamples;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The skills audit emails' previews, filled from the council's latest audit; an example when it has none. */
@Singleton
class SkillsAuditTemplateSamples implements TemplateSamples {
    private final SkillsAuditRepository audits;
    private final Clock clock;

    SkillsAuditTemplateSamples(SkillsAuditRepository audits, Clock clock) {
        this.audits = audits;
        this.clock = clock;
    }

    @Override
    public Set<NoticeKind> kinds() {
        return Set.of(NoticeKind.SKILLS_AUDIT_OPEN, NoticeKind.SKILLS_AUDIT_CLOSING);
    }

    @Override
    public Sample sample(NoticeKind kind) {
        Optional<AuditToAnswer> real = audits.findFirstOrderByPublishedAtDesc();
        AuditToAnswer audit = real.orElseGet(() -> new AuditToAnswer(new UUID(0, 0), "Councillors' skills and experience",
                LocalDate.now(clock).plusWeeks(4), 12, Instant.EPOCH));
        String name = "Cllr Alex Example";
        return new Sample(name, SkillsAuditNoticeContent.values(audit, name), real.isPresent()
                ? "the audit \"" + audit.title() + "\"" : "an example: your council has published no skills audit");
    }
}
