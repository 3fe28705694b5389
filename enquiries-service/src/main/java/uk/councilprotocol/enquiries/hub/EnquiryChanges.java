package uk.councilprotocol.enquiries.hub;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import uk.councilprotocol.contracts.enquiries.v1.AlternativeDeadlineAgreed;
import uk.councilprotocol.contracts.enquiries.v1.EnquiryReclassified;
import uk.councilprotocol.contracts.enquiries.v1.EnquiryReopened;
import uk.councilprotocol.contracts.enquiries.v1.HoldingReplyRecorded;
import uk.councilprotocol.enquiries.deadlines.ResponseDeadlines;
import uk.councilprotocol.platform.audit.AuditChanges;
import uk.councilprotocol.platform.errors.ConflictException;
import uk.councilprotocol.platform.errors.Validation;
import uk.councilprotocol.platform.outbox.Outbox;
import uk.councilprotocol.platform.security.Caller;
import uk.councilprotocol.platform.security.Roles;

import java.util.Locale;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What happens to an open enquiry besides its answer: a holding reply with a new deadline (9.1.7), an agreed
 * alternative deadline (9.1.11), reclassification as a constituent complaint (9.1.8), and reopening.
 * The original deadline is always kept for reporting.
 */
@Singleton
public class EnquiryChanges {
    private final EnquiryRecords records;
    private final EnquiryViews views;
    private final EnquiryRepository enquiries;
    private final DeadlineChangeRepository changes;
    private final ResponseDeadlines deadlines;
    private final Outbox outbox;
    private final Clock clock;

    public EnquiryChanges(EnquiryRecords records, EnquiryViews views, EnquiryRepository enquiries, DeadlineChangeRepository changes,
                          ResponseDeadlines deadlines, Outbox outbox, Clock clock) {
        this.records = records;
        this.views = views;
        this.enquiries = enquiries;
        this.changes = changes;
        this.deadlines = deadlines;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Serdeable
    public record HoldingReply(@Nullable String reason, @Nullable String actionBeingTaken, @Nullable String newDueDate) {
    }

    @Serdeable
    public record AlternativeDeadline(@Nullable String newDueDate, @Nullable String agreedWith, @Nullable String reason) {
    }

    @Serdeable
    public record Reclassification(@Nullable String complaintReference) {
    }

    @Serdeable
    public record Reopening(@Nullable String reason) {
    }

    /** 9.1.7: the reason for the delay, the action being taken, and a new deadline. */
    @Transactional
    public EnquiryView holdingReply(String reference, HoldingReply reply, Caller caller) {
        Enquiry enquiry = requireOpen(records.requireHandler(reference, caller));
        Validation check = Validation.start();
        String reason = check.required("reason", reply.reason());
        String action = check.required("action_being_taken", reply.actionBeingTaken());
        LocalDate newDue = laterWorkingDay(check, "new_due_date", reply.newDueDate(), enquiry);
        check.throwIfInvalid();
        Enquiry changed = record(enquiry, DeadlineChange.HOLDING_REPLY, reason, action, newDue, null, caller);
        outbox.append(EnquiryDesk.AGGREGATE, reference, HoldingReplyRecorded.newBuilder()
                .setReference(reference).setCouncillorId(enquiry.councillorId()).setReason(enquiry.publishable(reason))
                .setActionBeingTaken(enquiry.publishable(action)).setNewDueDate(newDue.toString())
                .setOriginalDueDate(enquiry.originalDueDate().toString()).setRecordedBy(caller.subject())
                .setOfficerReminderDate(deadlines.officerReminderDate(newDue).toString()).build());
        return views.viewOf(changed, caller);
    }

    /** 9.1.11: a disproportionate burden; a deadline agreed with the councillor and the Chief Officer. */
    @Transactional
    public EnquiryView agreeAlternative(String reference, AlternativeDeadline agreed, Caller caller) {
        Enquiry enquiry = requireOpen(records.requireHandler(reference, caller));
        Validation check = Validation.start();
        String agreedWith = check.required("agreed_with", agreed.agreedWith());
        String reason = check.required("reason", agreed.reason());
        LocalDate newDue = laterWorkingDay(check, "new_due_date", agreed.newDueDate(), enquiry);
        check.throwIfInvalid();
        Enquiry changed = record(enquiry, DeadlineChange.AGREED_ALTERNATIVE, reason, null, newDue, agreedWith, caller);
        outbox.append(EnquiryDesk.AGGREGATE, reference, AlternativeDeadlineAgreed.newBuilder()
                .setReference(reference).setCouncillorId(enquiry.councillorId()).setNewDueDate(newDue.toString())
                .setOriginalDueDate(enquiry.originalDueDate().toString()).setAgreedWith(agreedWith).setReason(enquiry.publishable(reason))
                .setOfficerReminderDate(deadlines.officerReminderDate(newDue).toString()).build());
        return views.viewOf(changed, caller);
    }

    /** 9.1.8: in fact a constituent complaint, handled under the Complaints Procedure; it leaves the 10-day statistics. */
    @Transactional
    public EnquiryView reclassify(String reference, Reclassification reclassification, Caller caller) {
        Enquiry enquiry = requireOpen(records.requireHandler(reference, caller));
        Validation check = Validation.start();
        String complaint = check.required("complaint_reference", reclassification.complaintReference());
        check.throwIfInvalid();
        Enquiry changed = enquiries.update(enquiry.reclassified(complaint, clock.instant()));
        AuditChanges.note("status", enquiry.status(), changed.status());
        AuditChanges.note("complaint_reference", null, complaint);
        outbox.append(EnquiryDesk.AGGREGATE, reference, EnquiryReclassified.newBuilder()
                .setReference(reference).setCouncillorId(enquiry.councillorId()).setComplaintReference(complaint).build());
        return views.viewOf(changed, caller);
    }

    /** The Hub reopens an answered or reclassified enquiry; it has a fresh 10 working days from now. */
    @Transactional
    public EnquiryView reopen(String reference, Reopening reopening, Caller caller) {
        caller.require(Roles.HUB, Roles.ADMIN);
        Enquiry enquiry = records.requireHandler(reference, caller);
        if (enquiry.isOpen()) {
            throw new ConflictException(reference + " is already open");
        }
        Validation check = Validation.start();
        String reason = check.required("reason", reopening.reason());
        check.throwIfInvalid();
        ResponseDeadlines.Deadline deadline = deadlines.dueFor(clock.instant());
        Enquiry changed = record(enquiry, DeadlineChange.REOPENED, reason, null, deadline.dueDate(), null, caller);
        outbox.append(EnquiryDesk.AGGREGATE, reference, EnquiryReopened.newBuilder()
                .setReference(reference).setCouncillorId(enquiry.councillorId()).setReason(enquiry.publishable(reason))
                .setNewDueDate(deadline.dueDate().toString())
                .setOfficerReminderDate(deadlines.officerReminderDate(deadline.dueDate()).toString()).build());
        return views.viewOf(changed, caller);
    }

    private Enquiry record(Enquiry enquiry, String kind, String reason, String action, LocalDate newDue, String agreedWith,
                           Caller caller) {
        Instant now = clock.instant();
        changes.save(new DeadlineChange(UUID.randomUUID(), enquiry.id(), kind, reason, action, newDue, agreedWith,
                caller.subject(), now));
        AuditChanges.note("due_date", enquiry.dueDate(), newDue);
        AuditChanges.note("status", enquiry.status(), Enquiry.Status.OPEN);
        return enquiries.update(enquiry.dueOn(newDue, deadlines.closeOf(newDue), Enquiry.Status.OPEN, now));
    }

    private LocalDate laterWorkingDay(Validation check, String field, String text, Enquiry enquiry) {
        LocalDate date = check.date(field, text, true);
        if (date == null) {
            return null;
        }
        if (!date.isAfter(enquiry.dueDate())) {
            check.reject(field, date + " is not after the current due date " + enquiry.dueDate());
        } else if (!deadlines.isWorkingDay(date)) {
            check.reject(field, date + " is not a working day");
        }
        return date;
    }

    private static Enquiry requireOpen(Enquiry enquiry) {
        if (!enquiry.isOpen()) {
            throw new ConflictException(enquiry.reference() + " is " + enquiry.status().name().toLowerCase(Locale.ROOT) + ", not open");
        }
        return enquiry;
    }
}
