package uk.councilprotocol.notifications.skills;

import jakarta.inject.Singleton;
import uk.councilprotocol.contracts.training.v1.SkillsAuditAnswered;
import uk.councilprotocol.contracts.training.v1.SkillsAuditPublished;
import uk.councilprotocol.notifications.contacts.Contact;
import uk.councilprotocol.notifications.contacts.ContactRepository;
import uk.councilprotocol.notifications.reminders.Notice;
import uk.councilprotocol.notifications.reminders.ReminderPlanner;
import uk.councilprotocol.notifications.reminders.ReminderSettings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A skills audit of councillors (issue 14): each serving councillor is asked to answer it when HR publishes it, and
 * those who have not answered are reminded a week before it closes. An answer cancels what is still to come for them;
 * since the answer and the audit's news are keyed apart and may be read in either order, the answer is kept too.
 */
@Singleton
public class SkillsAuditNotices {
    public static final String SUBJECT = "skills-audit";
    static final String OPEN = "OPEN";
    static final String CLOSING = "CLOSING";
    static final int CLOSING_DAYS_BEFORE = 7;
    private static final String COUNCILLOR = "COUNCILLOR";

    private final SkillsAuditRepository audits;
    private final ContactRepository contacts;
    private final ReminderPlanner planner;
    private final ReminderSettings settings;
    private final Clock clock;

    public SkillsAuditNotices(SkillsAuditRepository audits, ContactRepository contacts, ReminderPlanner planner,
                              ReminderSettings settings, Clock clock) {
        this.audits = audits;
        this.contacts = contacts;
        this.planner = planner;
        this.settings = settings;
        this.clock = clock;
    }

    public void onPublished(SkillsAuditPublished event) {
        AuditToAnswer audit = AuditToAnswer.of(event.getAudit(), clock.instant());
        if (audits.existsById(audit.auditId())) {
            return;   // its news came again: everyone was asked the first time
        }
        audits.save(audit);
        LocalDate today = LocalDate.now(clock);
        if (audit.closesOn().isBefore(today)) {
            return;
        }
        List<ReminderPlanner.Planned> planned = new ArrayList<>();
        planned.add(new ReminderPlanner.Planned(Notice.about(OPEN, audit.closesOn()), clock.instant()));
        LocalDate weekBefore = audit.closesOn().minusDays(CLOSING_DAYS_BEFORE);
        if (weekBefore.isAfter(today)) {
            planned.add(new ReminderPlanner.Planned(Notice.about(CLOSING, audit.closesOn()), settings.sendTimeOn(weekBefore, clock)));
        }
        Set<String> answered = new HashSet<>(audits.whoAnswered(audit.auditId()));
        String id = audit.auditId().toString();
        planner.planAll(contacts.findByActiveTrueAndKind(COUNCILLOR).stream().map(Contact::personId)
                .filter(personId -> !answered.contains(personId))
                .map(personId -> new ReminderPlanner.Plan(SUBJECT, id, personId, planned)).toList());
    }

    public void onAnswered(SkillsAuditAnswered event) {
        UUID auditId = UUID.fromString(event.getAnswers().getAuditId());
        String personId = event.getAnswers().getPersonId();
        audits.rememberAnswered(auditId, personId, clock.instant());
        planner.cancelFor(SUBJECT, auditId.toString(), personId, "they answered the audit");
    }
}
