package uk.councilprotocol.notifications.plans;

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
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The email a week before an action's milestone: sent only while the milestone is not done and the action open. */
@Singleton
public class MilestoneReminderContent implements ReminderContent {
    private final PlanMilestoneRepository milestones;
    private final PlanActionRepository actions;
    private final NoticeTemplates templates;
    private final CouncilVoices voices;
    private final Clock clock;

    public MilestoneReminderContent(PlanMilestoneRepository milestones, PlanActionRepository actions, NoticeTemplates templates,
                                    CouncilVoices voices, Clock clock) {
        this.milestones = milestones;
        this.actions = actions;
        this.templates = templates;
        this.voices = voices;
        this.clock = clock;
    }

    @Override
    public String subjectType() {
        return MilestoneReminders.SUBJECT;
    }

    /** A reminder like the action's own: it waits for the council's sending hours. */
    @Override
    public boolean waitsForSendWindow(String kind) {
        return true;
    }

    @Override
    public Rendered render(Reminder reminder, Contact person) {
        Optional<PlanMilestone> found = milestones.findById(UUID.fromString(reminder.subjectId()));
        if (found.isEmpty() || found.get().done()) {
            return Rendered.skip("the milestone is done");
        }
        PlanMilestone milestone = found.get();
        Optional<PlanAction> action = actions.findById(milestone.actionId()).filter(PlanAction::open);
        if (action.isEmpty()) {
            return Rendered.skip("the action is complete or withdrawn");
        }
        LocalDate today = LocalDate.now(clock);
        if (milestone.deadline() == null || !milestone.deadline().equals(reminder.deadline()) || milestone.deadline().isBefore(today)) {
            return Rendered.skip("the milestone's date has changed, or passed");
        }
        NoticeTemplates.Filled filled = templates.write(NoticeKind.ACTION_MILESTONE_DUE,
                values(milestone, action.get(), person.fullName(), ChronoUnit.DAYS.between(today, milestone.deadline())));
        return Rendered.send(Letter.compose(person.email(), List.of(), filled.subject(), person.fullName(),
                filled.paragraphs(), reminder.messageId(), voices.current()));
    }

    /** The placeholders of {@link NoticeKind#ACTION_MILESTONE_DUE}. */
    static Map<String, String> values(PlanMilestone milestone, PlanAction action, String fullName, long daysToDeadline) {
        return Map.of("name", fullName, "milestone", milestone.text(), "action", action.name(), "plan", action.planTitle(),
                "deadline", Letter.longDate(milestone.deadline()), "deadline as written", milestone.dueText(),
                "due in", daysToDeadline == 0 ? "today" : "in " + daysToDeadline + (daysToDeadline == 1 ? " day" : " days"));
    }
}
