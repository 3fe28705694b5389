package uk.councilprotocol.enquiries.hub;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import uk.councilprotocol.enquiries.councillors.Councillor;
import uk.councilprotocol.enquiries.councillors.CouncillorRepository;
import uk.councilprotocol.platform.audit.AuditLog;
import uk.councilprotocol.platform.security.Caller;
import uk.councilprotocol.platform.security.ForbiddenException;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What each caller sees of enquiries (protocol 9.1.14): one enquiry (a confidential one's reading audited), the list
 * they may see, and the view that shows constituent details only to the Hub and the assigned department.
 */
@Singleton
public class EnquiryViews {
    private final EnquiryRecords records;
    private final EnquiryRepository enquiries;
    private final EnquiryAssignmentRepository assignments;
    private final DeadlineChangeRepository changes;
    private final CouncillorRepository councillors;
    private final AuditLog audit;
    private final Clock clock;

    public EnquiryViews(EnquiryRecords records, EnquiryRepository enquiries, EnquiryAssignmentRepository assignments,
                        DeadlineChangeRepository changes, CouncillorRepository councillors, AuditLog audit, Clock clock) {
        this.records = records;
        this.enquiries = enquiries;
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

    /** The Hub sees every enquiry; a department those assigned to it; a councillor their own and those copied to them. */
    public List<EnquiryView> list(Caller caller, boolean overdueOnly, boolean includeResponded) {
        Instant now = clock.instant();
        Map<UUID, List<EnquiryAssignment>> byEnquiry = assignments.listOrderByAssignedAt().stream()
                .collect(Collectors.groupingBy(EnquiryAssignment::enquiryId));
        Map<String, Councillor> names = new LinkedHashMap<>();
        councillors.findAll().forEach(c -> names.put(c.personId(), c));
        Map<UUID, List<DeadlineChange>> changesByEnquiry = new LinkedHashMap<>();
        changes.findAll().forEach(c -> changesByEnquiry.computeIfAbsent(c.enquiryId(), k -> new ArrayList<>()).add(c));
        return enquiries.listOrderByDueAt().stream()
                .filter(e -> includeResponded || e.isOpen())
                .filter(e -> !overdueOnly || e.isOverdue(now))
                .filter(e -> EnquiryAccess.seesEnquiry(caller, e, byEnquiry.getOrDefault(e.id(), List.of())))
                .map(e -> view(e, byEnquiry.getOrDefault(e.id(), List.of()), changesByEnquiry.getOrDefault(e.id(), List.of()),
                        names.get(e.councillorId()), caller))
                .toList();
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
                e.isOverdue(clock.instant()),
                assigned.stream().map(a -> new EnquiryView.Assigned(a.department(), a.officerId())).toList(),
                e.response(), e.respondedAt(), e.respondedBy(), e.originalDueDate(), deadlineChanges, e.complaintReference(),
                e.escalatedAt(), e.relatedAddress());
    }
}
