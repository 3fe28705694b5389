package uk.councilprotocol.enquiries.hub;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.councilprotocol.contracts.enquiries.v1.EnquiryEscalated;
import uk.councilprotocol.enquiries.councillors.Officer;
import uk.councilprotocol.enquiries.councillors.OfficerRepository;
import uk.councilprotocol.platform.outbox.Outbox;
import uk.councilprotocol.platform.tenancy.Councils;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Protocol 9.1.9: Chief Officers answer for their departments' enquiries. An open enquiry past its deadline is
 * escalated, once per deadline, to the Chief Officer(s) of each department it is assigned to.
 */
@Singleton
public class EscalationScanner {
    private static final Logger LOG = LoggerFactory.getLogger(EscalationScanner.class);
    private static final int BATCH = 200;

    private final EnquiryRepository enquiries;
    private final EnquiryAssignmentRepository assignments;
    private final OfficerRepository officers;
    private final Outbox outbox;
    private final Clock clock;
    private final Councils councils;

    public EscalationScanner(EnquiryRepository enquiries, EnquiryAssignmentRepository assignments,
                             OfficerRepository officers, Outbox outbox, Clock clock, Councils councils) {
        this.enquiries = enquiries;
        this.assignments = assignments;
        this.officers = officers;
        this.outbox = outbox;
        this.clock = clock;
        this.councils = councils;
    }

    @Scheduled(fixedDelay = "${enquiries.escalation-scan-interval:5m}", initialDelay = "10s")
    void scan() {
        councils.forEachServed(() -> {
            while (escalateBatch() == BATCH) {
                // until every newly overdue enquiry of this council is escalated
            }
        });
    }

    @Transactional
    public int escalateBatch() {
        Instant now = clock.instant();
        List<Enquiry> overdue = enquiries.lockNewlyOverdue(now, BATCH);
        for (Enquiry enquiry : overdue) {
            List<EnquiryAssignment> assigned = assignments.findByEnquiryId(enquiry.id());
            EnquiryEscalated.Builder event = EnquiryEscalated.newBuilder().setReference(enquiry.reference())
                    .setCouncillorId(enquiry.councillorId()).setDueDate(enquiry.dueDate().toString());
            for (EnquiryAssignment assignment : assigned) {
                event.addDepartments(assignment.department());
                if (assignment.officerId() != null) {
                    event.addOfficerIds(assignment.officerId());
                }
                List<Officer> chiefs = officers.chiefOfficersOf(assignment.department());
                if (chiefs.isEmpty()) {
                    LOG.warn("Enquiry {} is overdue but {} has no Chief Officer on the roster", enquiry.reference(),
                            assignment.department());
                }
                chiefs.forEach(chief -> event.addChiefOfficerIds(chief.personId()));
            }
            enquiries.update(enquiry.escalated(now));
            outbox.append(EnquiryDesk.AGGREGATE, enquiry.reference(), event.build());
        }
        return overdue.size();
    }
}
