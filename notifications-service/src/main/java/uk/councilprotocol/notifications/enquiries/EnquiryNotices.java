package uk.councilprotocol.notifications.enquiries;

import jakarta.inject.Singleton;
import uk.councilprotocol.contracts.enquiries.v1.AlternativeDeadlineAgreed;
import uk.councilprotocol.contracts.enquiries.v1.EnquiryLogged;
import uk.councilprotocol.contracts.enquiries.v1.EnquiryReclassified;
import uk.councilprotocol.contracts.enquiries.v1.EnquiryReopened;
import uk.councilprotocol.contracts.enquiries.v1.EnquiryResponded;
import uk.councilprotocol.contracts.enquiries.v1.HoldingReplyRecorded;
import uk.councilprotocol.notifications.reminders.Notice;
import uk.councilprotocol.notifications.reminders.ReminderPlanner;
import uk.councilprotocol.notifications.reminders.ReminderSettings;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.councilprotocol.contracts.enquiries.v1.EnquiryAssigned;
import uk.councilprotocol.contracts.enquiries.v1.EnquiryEscalated;

/**
 * The emails of a Councillor enquiry's life: the councillor's acknowledgement; the assigned officers' notice,
 * their reminders two working days before and on the deadline day; the councillor told of a holding reply,
 * an agreed deadline and the response. Officers' reminders stop when it is answered or reclassified.
 */
@Singleton
public class EnquiryNotices {
    public static final String SUBJECT = "enquiry";
    static final String ACKNOWLEDGEMENT = "ACKNOWLEDGEMENT";
    static final String ASSIGNED = "ASSIGNED";
    static final String DUE_SOON = "DUE_SOON";
    static final String DUE_TODAY = "DUE_TODAY";
    static final String HOLDING_REPLY = "HOLDING_REPLY";
    static final String DEADLINE_AGREED = "DEADLINE_AGREED";
    static final String RESPONDED = "RESPONDED";
    static final String ESCALATED = "ESCALATED";
    static final String NEEDS_OFFICER = "NEEDS_OFFICER";
    /** The officers' reminders of the deadline: cancelled together when it moves or the enquiry closes. */
    static final List<String> OFFICER_REMINDERS = List.of(DUE_SOON, DUE_TODAY);

    private final EnquiryRecordRepository records;
    private final ReminderPlanner planner;
    private final ReminderSettings settings;
    private final Clock clock;

    public EnquiryNotices(EnquiryRecordRepository records, ReminderPlanner planner, ReminderSettings settings, Clock clock) {
        this.records = records;
        this.planner = planner;
        this.settings = settings;
        this.clock = clock;
    }

    public void onLogged(EnquiryLogged e) {
        if (!records.existsById(e.getReference())) {
            records.save(new EnquiryRecord(e.getReference(), e.getCouncillorId(), e.getSubject(), e.getConfidential(),
                    LocalDate.parse(e.getDueDate()), e.getOfficerIdsList().toArray(String[]::new),
                    e.getDepartmentsList().toArray(String[]::new), true, null, null, clock.instant(),
                    e.getResponseWorkingDays() == 0 ? null : e.getResponseWorkingDays(), e.getDeadlineProvisional(), null,
                    e.getCirculationList().toArray(String[]::new)));
        }
        planner.now(SUBJECT, e.getReference(), e.getCouncillorId(), Notice.of(ACKNOWLEDGEMENT));
        for (String chief : e.getUnnamedDepartmentChiefIdsList()) {
            planner.now(SUBJECT, e.getReference(), chief, Notice.of(NEEDS_OFFICER));
        }
        for (String officer : e.getOfficerIdsList()) {
            planner.now(SUBJECT, e.getReference(), officer, Notice.of(ASSIGNED));
        }
        planOfficerReminders(e.getReference(), e.getOfficerIdsList(), LocalDate.parse(e.getDueDate()),
                LocalDate.parse(e.getOfficerReminderDate()));
    }

    /** Reassignment or absence cover: newcomers are told and reminded; those who no longer have it are not. */
    public void onAssigned(EnquiryAssigned e) {
        records.findById(e.getReference()).ifPresent(record -> {
            List<String> before = List.of(record.officerIds());
            List<String> after = e.getOfficerIdsList();
            records.update(record.assignedTo(e.getDepartmentsList().toArray(String[]::new), after.toArray(String[]::new),
                    clock.instant()));
            before.stream().filter(o -> !after.contains(o))
                    .forEach(o -> planner.cancelFor(SUBJECT, e.getReference(), o, "no longer assigned: " + e.getReason()));
            List<String> newcomers = after.stream().filter(o -> !before.contains(o)).toList();
            newcomers.forEach(o -> planner.now(SUBJECT, e.getReference(), o, Notice.of(ASSIGNED)));
            planOfficerReminders(e.getReference(), newcomers, LocalDate.parse(e.getDueDate()),
                    LocalDate.parse(e.getOfficerReminderDate()));
        });
    }

    public void onHoldingReply(HoldingReplyRecorded e) {
        moveDeadline(e.getReference(), e.getNewDueDate(), e.getOfficerReminderDate(), e.getReason(), e.getActionBeingTaken(),
                HOLDING_REPLY);
    }

    public void onAlternativeAgreed(AlternativeDeadlineAgreed e) {
        moveDeadline(e.getReference(), e.getNewDueDate(), e.getOfficerReminderDate(), e.getReason(), null, DEADLINE_AGREED);
    }

    public void onReopened(EnquiryReopened e) {
        moveDeadline(e.getReference(), e.getNewDueDate(), e.getOfficerReminderDate(), null, null, null);
    }

    public void onResponded(EnquiryResponded e) {
        records.findById(e.getReference()).ifPresent(record -> records.update(record.answered(e.getResponse(), clock.instant())));
        planner.cancelKinds(SUBJECT, e.getReference(), OFFICER_REMINDERS, "answered");
        planner.now(SUBJECT, e.getReference(), e.getCouncillorId(),
                Notice.on(RESPONDED, Instant.ofEpochSecond(e.getRespondedAt().getSeconds())));
    }

    /** 9.1.9: to each Chief Officer of the departments concerned, the assigned officers copied. */
    public void onEscalated(EnquiryEscalated e) {
        for (String chief : e.getChiefOfficerIdsList()) {
            planner.now(SUBJECT, e.getReference(), chief, Notice.about(ESCALATED, LocalDate.parse(e.getDueDate())));
        }
    }

    public void onReclassified(EnquiryReclassified e) {
        close(e.getReference(), "reclassified as complaint " + e.getComplaintReference());
    }

    private void moveDeadline(String reference, String newDue, String reminderDate, String reason, String action,
                              String councillorNotice) {
        records.findById(reference).ifPresent(record -> {
            LocalDate due = LocalDate.parse(newDue);
            records.update(record.withDeadline(due, reason, action, clock.instant()));
            planner.cancelKinds(SUBJECT, reference, OFFICER_REMINDERS, "the deadline moved to " + newDue);
            planOfficerReminders(reference, List.of(record.officerIds()), due, LocalDate.parse(reminderDate));
            if (councillorNotice != null) {
                planner.now(SUBJECT, reference, record.councillorId(), Notice.about(councillorNotice, due));
            }
        });
    }

    private void close(String reference, String why) {
        records.findById(reference).ifPresent(record -> records.update(record.closed(clock.instant())));
        planner.cancelKinds(SUBJECT, reference, OFFICER_REMINDERS, why);
    }

    private void planOfficerReminders(String reference, List<String> officers, LocalDate due, LocalDate reminderDate) {
        for (String officer : officers) {
            planner.plan(SUBJECT, reference, officer, List.of(
                    new ReminderPlanner.Planned(Notice.about(DUE_SOON, due), settings.sendTimeOn(reminderDate, clock)),
                    new ReminderPlanner.Planned(Notice.about(DUE_TODAY, due), settings.sendTimeOn(due, clock))));
        }
    }
}
