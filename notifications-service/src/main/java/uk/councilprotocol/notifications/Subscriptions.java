package uk.councilprotocol.notifications;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import uk.councilprotocol.contracts.enquiries.v1.AlternativeDeadlineAgreed;
import uk.councilprotocol.contracts.enquiries.v1.EnquiryAssigned;
import uk.councilprotocol.contracts.enquiries.v1.EnquiryEscalated;
import uk.councilprotocol.contracts.enquiries.v1.EnquiryLogged;
import uk.councilprotocol.contracts.enquiries.v1.EnquiryReclassified;
import uk.councilprotocol.contracts.enquiries.v1.EnquiryReopened;
import uk.councilprotocol.contracts.enquiries.v1.EnquiryResponded;
import uk.councilprotocol.contracts.enquiries.v1.HoldingReplyRecorded;
import uk.councilprotocol.contracts.training.v1.AssignmentCancelled;
import uk.councilprotocol.contracts.training.v1.AssignmentCreated;
import uk.councilprotocol.contracts.training.v1.AssignmentDueDateChanged;
import uk.councilprotocol.contracts.training.v1.AssignmentReopened;
import uk.councilprotocol.contracts.training.v1.BuddyCheckInRecorded;
import uk.councilprotocol.contracts.training.v1.BuddyPaired;
import uk.councilprotocol.contracts.training.v1.BuddyPairingEnded;
import uk.councilprotocol.contracts.training.v1.SkillsAuditAnswered;
import uk.councilprotocol.contracts.training.v1.SkillsAuditPublished;
import uk.councilprotocol.contracts.training.v1.ExtensionDecided;
import uk.councilprotocol.contracts.training.v1.ExtensionRequested;
import uk.councilprotocol.contracts.training.v1.CompletionCorrected;
import uk.councilprotocol.contracts.training.v1.CompletionRecorded;
import uk.councilprotocol.contracts.training.v1.CompletionWithdrawn;
import uk.councilprotocol.contracts.training.v1.PersonChanged;
import uk.councilprotocol.contracts.training.v1.PersonRegistered;
import uk.councilprotocol.notifications.contacts.ContactBook;
import uk.councilprotocol.contracts.plans.v1.ActionAnswerersChanged;
import uk.councilprotocol.contracts.plans.v1.ActionCreated;
import uk.councilprotocol.contracts.plans.v1.MilestoneMarked;
import uk.councilprotocol.contracts.plans.v1.ActionDueDateChanged;
import uk.councilprotocol.contracts.plans.v1.ActionOverdue;
import uk.councilprotocol.contracts.plans.v1.ActionStatusChanged;
import uk.councilprotocol.contracts.plans.v1.ProgressCorrected;
import uk.councilprotocol.contracts.plans.v1.ProgressRecorded;
import uk.councilprotocol.notifications.enquiries.EnquiryNotices;
import uk.councilprotocol.notifications.plans.ActionReminders;
import uk.councilprotocol.notifications.follows.Follows;
import uk.councilprotocol.notifications.buddies.BuddyNotices;
import uk.councilprotocol.notifications.skills.SkillsAuditNotices;
import uk.councilprotocol.notifications.training.CompletionChangeNotices;
import uk.councilprotocol.notifications.training.ExtensionNotices;
import uk.councilprotocol.notifications.training.TrainingReminders;
import uk.councilprotocol.platform.events.EventRoutes;
import uk.councilprotocol.platform.inbox.EventSubscription;

import java.util.List;

/** What notifications-service takes from the other services' events. */
@Factory
public class Subscriptions {

    /** From training-service: people to write to, and assignments to remind them of. */
    @Singleton
    @Named("training")
    EventSubscription training(ContactBook contacts, TrainingReminders reminders, ExtensionNotices extensions,
                               CompletionChangeNotices completionChanges, BuddyNotices buddies,
                               SkillsAuditNotices skillsAudits) {
        return new EventSubscription("notifications-service.training", List.of("training.events.v1"), new EventRoutes()
                .onRuns(PersonRegistered.getDefaultInstance(), run -> contacts.rememberAll(run.stream().map(PersonRegistered::getPerson).toList()))
                .onRuns(PersonChanged.getDefaultInstance(), run -> contacts.rememberAll(run.stream().map(PersonChanged::getPerson).toList()))
                .onRuns(AssignmentCreated.getDefaultInstance(), reminders::onCreated)
                .on(AssignmentCancelled.getDefaultInstance(), reminders::onCancelled)
                .on(CompletionRecorded.getDefaultInstance(), reminders::onCompleted)
                .on(AssignmentDueDateChanged.getDefaultInstance(), reminders::onDueDateChanged)
                .on(AssignmentReopened.getDefaultInstance(), reminders::onReopened)
                .on(ExtensionRequested.getDefaultInstance(), extensions::onRequested)
                .on(ExtensionDecided.getDefaultInstance(), extensions::onDecided)
                .on(CompletionCorrected.getDefaultInstance(), completionChanges::onCorrected)
                .on(CompletionWithdrawn.getDefaultInstance(), completionChanges::onWithdrawn)
                .on(BuddyPaired.getDefaultInstance(), buddies::onPaired)
                .on(BuddyCheckInRecorded.getDefaultInstance(), buddies::onCheckInRecorded)
                .on(BuddyPairingEnded.getDefaultInstance(), buddies::onEnded)
                .on(SkillsAuditPublished.getDefaultInstance(), skillsAudits::onPublished)
                .on(SkillsAuditAnswered.getDefaultInstance(), skillsAudits::onAnswered));
    }

    /**
     * From enquiries-service: every step of a Councillor enquiry that someone must hear about. They come at people's
     * pace (even a department's sync is held to its rate limit), so one consumer loop takes them.
     */
    @Singleton
    @Named("enquiries")
    EventSubscription enquiries(EnquiryNotices notices) {
        return new EventSubscription("notifications-service.enquiries", List.of("enquiries.events.v1"), new EventRoutes()
                .on(EnquiryLogged.getDefaultInstance(), notices::onLogged)
                .on(EnquiryAssigned.getDefaultInstance(), notices::onAssigned)
                .on(HoldingReplyRecorded.getDefaultInstance(), notices::onHoldingReply)
                .on(AlternativeDeadlineAgreed.getDefaultInstance(), notices::onAlternativeAgreed)
                .on(EnquiryReopened.getDefaultInstance(), notices::onReopened)
                .on(EnquiryResponded.getDefaultInstance(), notices::onResponded)
                .on(EnquiryReclassified.getDefaultInstance(), notices::onReclassified)
                .on(EnquiryEscalated.getDefaultInstance(), notices::onEscalated), 1);
    }

    /** From plans-service: actions whose owners must hear of their deadlines; people's pace, one loop. */
    @Singleton
    @Named("plans")
    EventSubscription plans(ActionReminders reminders, Follows follows) {
        return new EventSubscription("notifications-service.plans", List.of("plans.events.v1"), new EventRoutes()
                .on(ActionCreated.getDefaultInstance(), e -> reminders.onChanged(e.getAction()))
                .on(ActionStatusChanged.getDefaultInstance(), e -> {
                    reminders.onChanged(e.getAction());
                    follows.onStatusChanged(e);
                })
                .on(ProgressRecorded.getDefaultInstance(), e -> {
                    reminders.onChanged(e.getAction());
                    follows.onProgress(e);
                })
                .on(ActionDueDateChanged.getDefaultInstance(), e -> {
                    reminders.onDeadlineMoved(e.getAction());
                    follows.onDeadlineMoved(e);
                })
                .on(ProgressCorrected.getDefaultInstance(), follows::onProgressCorrected)
                .on(ActionAnswerersChanged.getDefaultInstance(), reminders::onAnswerersChanged)
                .on(MilestoneMarked.getDefaultInstance(), e -> reminders.onChanged(e.getAction()))
                .on(ActionOverdue.getDefaultInstance(), reminders::onOverdue), 1);
    }
}
