package uk.councilprotocol.enquiries.hub;

import uk.councilprotocol.enquiries.councillors.OfficerRepository;
import uk.councilprotocol.platform.tenancy.Councils;
import uk.councilprotocol.platform.tenancy.PerCouncil;
import java.util.Locale;
import java.util.Set;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import uk.councilprotocol.enquiries.councillors.Councillor;
import uk.councilprotocol.enquiries.councillors.CouncillorRepository;
import uk.councilprotocol.enquiries.deadlines.ResponseDeadlines;
import uk.councilprotocol.platform.audit.AuditLog;
import uk.councilprotocol.platform.security.Caller;
import uk.councilprotocol.platform.security.ForbiddenException;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What each caller sees of an enquiry (protocol 9.1.14): one enquiry (a confidential one's reading audited), and the
 * view that shows constituent details only to the Hub and the assigned department. Lists: {@link EnquiryBoard}.
 */
@Singleton
public class EnquiryViews {
    private final EnquiryRecords records;
    private final EnquiryAssignmentRepository assignments;
    private final DeadlineChangeRepository changes;
    private final CouncillorRepository councillors;
    private final AuditLog audit;
    private final Clock clock;
    private final ResponseDeadlines deadlines;
    private final PerCouncil<Set<String>> withChiefOfficer;

    public EnquiryViews(EnquiryRecords records, EnquiryAssignmentRepository assignments,
                        DeadlineChangeRepository changes, CouncillorRepository councillors, AuditLog audit, Clock clock,
                        ResponseDeadlines deadlines, OfficerRepository officers, Councils councils) {
        // read for every enquiry a board shows: the council's set, kept two seconds
        this.withChiefOfficer = new PerCouncil<>(councils, () -> Set.copyOf(officers.departmentsWithChiefOfficer()));
        this.deadlines = deadlines;
        this.records = records;
        this.assignments = assignments;
        this.changes = changes;
        this.councillors = councillors;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public EnquiryView find(String reference, Caller caller, String from) {
        Enquiry enquiry = records.require(reference);
        List<EnquiryAssignment> assigned = assignments.findByEnquiryId(enquiry.id());
        if (!EnquiryAccess.seesEnquiry(caller, enquiry, assigned)) {
            throw new ForbiddenException("you may not see enquiry " + reference);
        }
        if (enquiry.confidential()) {
            audit.record(caller, "read confidential enquiry", reference, "200", from);
        }
        return viewOf(enquiry, assigned, caller);
    }

    /**
     * The enquiry as the Hub or a department handling it sees it now, or empty when it is not the caller's to handle
     * (a watch passes over the rest). A confidential one's read is audited, as {@link #find}'s is.
     */
    @Transactional
    public Optional<EnquiryView> findHandled(String reference, Caller caller, String from) {
        Optional<Enquiry> found = records.lookUp(reference);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Enquiry enquiry = found.get();
        List<EnquiryAssignment> assigned = assignments.findByEnquiryId(enquiry.id());
        if (!(EnquiryAccess.isHub(caller) || EnquiryAccess.isAssignedDepartment(caller, assigned))) {
            return Optional.empty();
        }
        if (enquiry.confidential()) {
            audit.record(caller, "read confidential enquiry", reference, "200", from);
        }
        return Optional.of(viewOf(enquiry, assigned, caller));
    }

    EnquiryView viewOf(Enquiry enquiry, Caller caller) {
        return viewOf(enquiry, assignments.findByEnquiryId(enquiry.id()), caller);
    }

    EnquiryView viewOf(Enquiry enquiry, List<EnquiryAssignment> assigned, Caller caller) {
        return view(enquiry, assigned, changes.findByEnquiryIdOrderByRecordedAt(enquiry.id()),
                councillors.findById(enquiry.councillorId()).orElse(null), caller);
    }

    EnquiryView view(Enquiry e, List<EnquiryAssignment> assigned, List<DeadlineChange> deadlineChanges,
                             Councillor councillor, Caller caller) {
        boolean personal = EnquiryAccess.seesPersonalData(caller, assigned);
        return new EnquiryView(e.reference(), e.councillorId(), councillor == null ? null : councillor.fullName(),
                e.channel().name(), e.receivedAt(), e.subject(), e.description(), e.category(), e.ward(),
                personal ? new EnquiryView.Constituent(e.constituentName(), e.constituentContact(), e.constituentAddress()) : null,
                e.confidential(), Arrays.asList(e.circulation()), e.status().name(), e.countsFrom(), e.dueDate(), e.dueAt(),
                deadlines.isProvisional(e.dueDate()), e.isOverdue(clock.instant()),
                assigned.stream().map(a -> new EnquiryView.Assigned(a.department(), a.officerId(),
                        !withChiefOfficer.current().contains(a.department().toLowerCase(Locale.ROOT)))).toList(),
                e.response(), e.respondedAt(), e.respondedBy(), e.originalDueDate(), deadlineChanges, e.complaintReference(),
                e.escalatedAt(), e.relatedAddress());
    }
}
