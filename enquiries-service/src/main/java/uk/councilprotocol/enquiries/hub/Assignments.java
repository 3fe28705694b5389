package uk.councilprotocol.enquiries.hub;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import uk.councilprotocol.enquiries.absence.CoverHandover;
import uk.councilprotocol.contracts.enquiries.v1.EnquiryAssigned;
import uk.councilprotocol.enquiries.deadlines.ResponseDeadlines;
import uk.councilprotocol.platform.audit.AuditChanges;
import uk.councilprotocol.platform.errors.InvalidInputException;
import uk.councilprotocol.platform.errors.Validation;
import uk.councilprotocol.platform.outbox.Outbox;
import uk.councilprotocol.platform.security.Caller;
import uk.councilprotocol.platform.security.ForbiddenException;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

/** Who has an enquiry: an officer accepts it, the Hub or a department passes it on, absence cover moves it. */
@Singleton
public class Assignments implements CoverHandover {
    private final EnquiryRecords records;
    private final EnquiryViews views;
    private final EnquiryAssignmentRepository assignments;
    private final ResponseDeadlines deadlines;
    private final Outbox outbox;
    private final Clock clock;

    public Assignments(EnquiryRecords records, EnquiryViews views, EnquiryAssignmentRepository assignments, ResponseDeadlines deadlines,
                       Outbox outbox, Clock clock) {
        this.records = records;
        this.views = views;
        this.assignments = assignments;
        this.deadlines = deadlines;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Serdeable
    public record Reassignment(@Nullable String fromDepartment, @Nullable String toDepartment,
                               @Nullable String toOfficerId, @Nullable String reason) {
    }

    /** The calling officer takes on their department's part of the enquiry. */
    @Transactional
    public EnquiryView accept(String reference, Caller caller) {
        Enquiry enquiry = records.requireHandler(reference, caller);
        List<EnquiryAssignment> before = assignments.findByEnquiryId(enquiry.id());
        EnquiryAssignment mine = before.stream()
                .filter(a -> caller.actsFor(a.department())).findFirst()
                .orElseThrow(() -> new ForbiddenException("only an officer of an assigned department accepts " + reference));
        assignments.update(new EnquiryAssignment(mine.id(), mine.enquiryId(), mine.department(), caller.personId(), clock.instant()));
        AuditChanges.note("officer (" + mine.department() + ")", mine.officerId(), caller.personId());
        return announce(enquiry, before, "accepted by " + caller.personId(), caller);
    }

    @Transactional
    public EnquiryView reassign(String reference, Reassignment request, Caller caller) {
        Enquiry enquiry = records.requireHandler(reference, caller);
        Validation check = Validation.start();
        String from = check.required("from_department", request.fromDepartment());
        String to = check.required("to_department", request.toDepartment());
        String reason = check.required("reason", request.reason());
        check.throwIfInvalid();
        List<EnquiryAssignment> current = assignments.findByEnquiryId(enquiry.id());
        EnquiryAssignment moving = current.stream().filter(a -> a.department().equalsIgnoreCase(from)).findFirst()
                .orElseThrow(() -> InvalidInputException.of("from_department", "'" + from + "' does not have " + reference));
        if (current.stream().anyMatch(a -> a.department().equalsIgnoreCase(to) && a != moving)) {
            throw InvalidInputException.of("to_department", "'" + to + "' already has " + reference);
        }
        String officer = Validation.optional(request.toOfficerId());
        assignments.update(new EnquiryAssignment(moving.id(), moving.enquiryId(), to.strip(), officer, clock.instant()));
        AuditChanges.note("department", moving.department(), to.strip());
        AuditChanges.note("officer", moving.officerId(), officer);
        return announce(enquiry, current, reason, caller);
    }

    /** Absence cover (9.1.6): the absent officer's part of every open enquiry goes to their cover. */
    @Override
    @Transactional
    public int coverFor(String absentOfficer, String coverOfficer, Caller caller) {
        int moved = 0;
        for (EnquiryAssignment assignment : assignments.listOrderByAssignedAt()) {
            if (!Objects.equals(assignment.officerId(), absentOfficer)) {
                continue;
            }
            Enquiry enquiry = records.find(assignment.enquiryId());
            if (!enquiry.isOpen()) {
                continue;
            }
            List<EnquiryAssignment> before = assignments.findByEnquiryId(enquiry.id());
            assignments.update(new EnquiryAssignment(assignment.id(), assignment.enquiryId(), assignment.department(),
                    coverOfficer, clock.instant()));
            AuditChanges.note("officer (" + enquiry.reference() + ")", absentOfficer, coverOfficer);
            announce(enquiry, before, "covering for " + absentOfficer, caller);
            moved++;
        }
        return moved;
    }

    private EnquiryView announce(Enquiry enquiry, List<EnquiryAssignment> before, String reason, Caller caller) {
        List<EnquiryAssignment> now = assignments.findByEnquiryId(enquiry.id());
        outbox.append(EnquiryDesk.AGGREGATE, enquiry.reference(), EnquiryAssigned.newBuilder()
                .setReference(enquiry.reference())
                .addAllDepartments(now.stream().map(EnquiryAssignment::department).toList())
                .addAllOfficerIds(now.stream().map(EnquiryAssignment::officerId).filter(Objects::nonNull).toList())
                .addAllDepartmentsBefore(before.stream().map(EnquiryAssignment::department).toList())
                .addAllOfficerIdsBefore(before.stream().map(EnquiryAssignment::officerId).filter(Objects::nonNull).toList())
                .setDueDate(enquiry.dueDate().toString())
                .setOfficerReminderDate(deadlines.officerReminderDate(enquiry.dueDate()).toString())
                .setReason(reason).build());
        return views.viewOf(enquiry, caller);
    }
}
