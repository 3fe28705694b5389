package uk.councilprotocol.enquiries.hub;

import jakarta.inject.Singleton;
import uk.councilprotocol.platform.errors.NotFoundException;
import uk.councilprotocol.platform.security.Caller;
import uk.councilprotocol.platform.security.ForbiddenException;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Finds enquiries by reference or id, and checks who may act on one or see its personal data. */
@Singleton
public class EnquiryRecords {
    private final EnquiryRepository enquiries;
    private final EnquiryAssignmentRepository assignments;

    public EnquiryRecords(EnquiryRepository enquiries, EnquiryAssignmentRepository assignments) {
        this.enquiries = enquiries;
        this.assignments = assignments;
    }

    /** The enquiry with this reference, or a 404 naming it. */
    public Enquiry require(String reference) {
        return enquiries.findByReference(reference).orElseThrow(() -> new NotFoundException("Enquiry", reference));
    }

    /** The enquiry with this reference, if there is one. */
    Optional<Enquiry> lookUp(String reference) {
        return enquiries.findByReference(reference);
    }

    Enquiry find(UUID id) {
        return enquiries.findById(id).orElseThrow(() -> new NotFoundException("Enquiry", id.toString()));
    }

    public UUID idOf(String reference) {
        return require(reference).id();
    }

    /** The enquiry, if the caller may act on it as the Hub or an assigned department. */
    Enquiry requireHandler(String reference, Caller caller) {
        Enquiry enquiry = require(reference);
        List<EnquiryAssignment> assigned = assignments.findByEnquiryId(enquiry.id());
        if (!(EnquiryAccess.isHub(caller) || EnquiryAccess.isAssignedDepartment(caller, assigned))) {
            throw new ForbiddenException("only the Hub or an assigned department may change " + reference);
        }
        return enquiry;
    }

    /** The enquiry, if the caller may see its constituent data and attachments: the Hub and the assigned department(s). */
    public Enquiry requirePersonalDataAccess(String reference, Caller caller) {
        Enquiry enquiry = require(reference);
        if (!EnquiryAccess.seesPersonalData(caller, assignments.findByEnquiryId(enquiry.id()))) {
            throw new ForbiddenException("only the Hub and the assigned department may see " + reference + "'s files");
        }
        return enquiry;
    }
}
