package uk.councilprotocol.notifications.plans;

import jakarta.inject.Singleton;
import uk.councilprotocol.notifications.contacts.Contact;
import uk.councilprotocol.notifications.contacts.ContactBook;
import uk.councilprotocol.notifications.mail.Letter;
import uk.councilprotocol.notifications.templates.NoticeKind;
import uk.councilprotocol.notifications.templates.TemplateSamples;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * An action-plan reminder's preview, filled from the council's own actions: the next one due for the reminder before
 * the deadline, the one most recently overdue for the overdue reminder; an example when the council has none.
 */
@Singleton
class ActionTemplateSamples implements TemplateSamples {
    private final PlanActionRepository actions;
    private final PlanMilestoneRepository milestones;
    private final ContactBook contacts;
    private final Clock clock;

    ActionTemplateSamples(PlanActionRepository actions, PlanMilestoneRepository milestones, ContactBook contacts, Clock clock) {
        this.actions = actions;
        this.milestones = milestones;
        this.contacts = contacts;
        this.clock = clock;
    }

    @Override
    public Set<NoticeKind> kinds() {
        return Set.of(NoticeKind.ACTION_DUE, NoticeKind.ACTION_OVERDUE, NoticeKind.ACTION_MILESTONE_DUE);
    }

    @Override
    public Sample sample(NoticeKind kind) {
        LocalDate today = LocalDate.now(clock);
        if (kind == NoticeKind.ACTION_MILESTONE_DUE) {
            return milestone(today);
        }
        Optional<PlanAction> real = kind == NoticeKind.ACTION_DUE
                ? actions.findFirstByOpenAndDeadlineGreaterThanEqualsOrderByDeadline(true, today)
                : actions.findFirstByOpenAndDeadlineLessThanOrderByDeadlineDesc(true, today);
        return real.map(a -> {
            String name = Optional.ofNullable(a.ownerPersonId()).flatMap(contacts::find).map(Contact::fullName)
                    .orElse(a.ownerText() == null ? "the action's owner" : a.ownerText());
            return new Sample(name, ActionReminderContent.values(a, name, ChronoUnit.DAYS.between(today, a.deadline())),
                    "the action \"" + a.name() + "\", due " + Letter.longDate(a.deadline()));
        }).orElseGet(() -> example(kind, today));
    }

    /** The next milestone not done, of an action still open; an example when there is none. */
    private Sample milestone(LocalDate today) {
        return milestones.findFirstByDoneAndDeadlineGreaterThanEqualsOrderByDeadline(false, today).flatMap(m ->
                actions.findById(m.actionId()).filter(PlanAction::open).map(a -> {
                    String name = Optional.ofNullable(a.ownerPersonId()).flatMap(contacts::find).map(Contact::fullName)
                            .orElse(a.ownerText() == null ? "the action's owner" : a.ownerText());
                    return new Sample(name, MilestoneReminderContent.values(m, a, name, ChronoUnit.DAYS.between(today, m.deadline())),
                            "the milestone \"" + m.text() + "\" of \"" + a.name() + "\", due " + Letter.longDate(m.deadline()));
                })).orElseGet(() -> {
                    PlanAction action = exampleAction(today, 30);
                    PlanMilestone example = new PlanMilestone(new UUID(0, 0), action.actionId(), "Draft circulated to group leaders",
                            "By the end of the month", today.plusDays(7), false, Instant.EPOCH);
                    return new Sample("Alex Example", MilestoneReminderContent.values(example, action, "Alex Example", 7),
                            "an example: no milestone of your council's is due yet");
                });
    }

    private static PlanAction exampleAction(LocalDate today, long days) {
        return new PlanAction(new UUID(0, 0), "Councillor/Officer Relations action plan", "4",
                "Publish the revised protocol on the intranet", "Monitoring Officer", null, new String[0], new String[0],
                "Communication", null, "By the end of next month", today.plusDays(days), true, Instant.EPOCH, null);
    }

    private static Sample example(NoticeKind kind, LocalDate today) {
        long days = kind == NoticeKind.ACTION_DUE ? 30 : -3;
        PlanAction example = exampleAction(today, days);
        return new Sample("Alex Example", ActionReminderContent.values(example, "Alex Example", days),
                "an example: no action of your council's is " + (days > 0 ? "due yet" : "overdue"));
    }
}
