package uk.councilprotocol.notifications.skills;

import jakarta.inject.Singleton;
import uk.councilprotocol.notifications.contacts.Contact;
import uk.councilprotocol.notifications.mail.Letter;
import uk.councilprotocol.notifications.reminders.Reminder;
import uk.councilprotocol.notifications.reminders.ReminderContent;
import uk.councilprotocol.notifications.templates.NoticeKind;
import uk.councilprotocol.notifications.templates.NoticeTemplates;
import uk.councilprotocol.notifications.voice.CouncilVoices;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The emails of a skills audit: asked to answer it, and reminded a week before it closes. */
@Singleton
public class SkillsAuditNoticeContent implements ReminderContent {
    private final SkillsAuditRepository audits;
    private final NoticeTemplates templates;
    private final CouncilVoices voices;
    private final Clock clock;

    public SkillsAuditNoticeContent(SkillsAuditRepository audits, NoticeTemplates templates, CouncilVoices voices, Clock clock) {
        this.audits = audits;
        this.templates = templates;
        this.voices = voices;
        this.clock = clock;
    }

    @Override
    public String subjectType() {
        return SkillsAuditNotices.SUBJECT;
    }

    /** Asking every councillor at once is not urgent: both emails wait for the council's sending hours. */
    @Override
    public boolean waitsForSendWindow(String kind) {
        return true;
    }

    @Override
    public Rendered render(Reminder reminder, Contact to) {
        Optional<AuditToAnswer> found = audits.findById(UUID.fromString(reminder.subjectId()));
        if (found.isEmpty()) {
            return Rendered.skip("the audit is not known");
        }
        AuditToAnswer audit = found.get();
        if (audits.answered(audit.auditId(), to.personId())) {
            return Rendered.skip("they answered the audit");
        }
        if (audit.closesOn().isBefore(LocalDate.now(clock))) {
            return Rendered.skip("the audit closed on " + audit.closesOn());
        }
        NoticeKind kind = SkillsAuditNotices.CLOSING.equals(reminder.kind()) ? NoticeKind.SKILLS_AUDIT_CLOSING : NoticeKind.SKILLS_AUDIT_OPEN;
        NoticeTemplates.Filled filled = templates.write(kind, values(audit, to.fullName()));
        return Rendered.send(Letter.compose(to.email(), List.of(), filled.subject(), to.fullName(), filled.paragraphs(),
                reminder.messageId(), voices.current()));
    }

    /** The placeholders of the two skills audit emails. */
    static Map<String, String> values(AuditToAnswer audit, String fullName) {
        return Map.of("name", fullName, "audit", audit.title(), "closes on", Letter.longDate(audit.closesOn()),
                "skills", String.valueOf(audit.skillCount()));
    }
}
