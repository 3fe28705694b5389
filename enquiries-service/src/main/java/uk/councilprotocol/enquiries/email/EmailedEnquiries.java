package uk.councilprotocol.enquiries.email;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import uk.councilprotocol.enquiries.councillors.Councillor;
import uk.councilprotocol.enquiries.councillors.CouncillorRepository;
import uk.councilprotocol.enquiries.hub.Enquiry;
import uk.councilprotocol.enquiries.hub.EnquiryDesk;
import uk.councilprotocol.enquiries.hub.EnquiryRecords;
import uk.councilprotocol.enquiries.hub.EnquiryView;
import uk.councilprotocol.enquiries.hub.LogRequest;
import uk.councilprotocol.platform.audit.AuditLog;
import uk.councilprotocol.platform.errors.InvalidInputException;
import uk.councilprotocol.platform.errors.NotFoundException;
import uk.councilprotocol.platform.security.Caller;
import uk.councilprotocol.platform.security.ForbiddenException;

import java.util.List;
import java.util.UUID;

/** An emailed enquiry (9.1.1), uploaded as its .eml file: the sender must be a councillor on the roster. */
@Singleton
public class EmailedEnquiries {
    private static final int MAX_ATTACHMENTS = 20;

    private final EnquiryDesk desk;
    private final EnquiryRecords records;
    private final CouncillorRepository councillors;
    private final AttachmentRepository attachments;
    private final AuditLog audit;

    public EmailedEnquiries(EnquiryDesk desk, EnquiryRecords records, CouncillorRepository councillors,
                            AttachmentRepository attachments, AuditLog audit) {
        this.audit = audit;
        this.desk = desk;
        this.records = records;
        this.councillors = councillors;
        this.attachments = attachments;
    }

    /** Logs the email as an enquiry and keeps its attachments, all in one transaction. */
    @Transactional
    public EnquiryView upload(byte[] eml, String category, String ward, boolean confidential, Caller caller) {
        EmailMessage email = EmailMessage.parse(eml);
        Councillor councillor = councillors.findAll().stream()
                .filter(c -> c.active() && c.email().equalsIgnoreCase(email.from())).findFirst()
                .orElseThrow(() -> InvalidInputException.of("from", "'" + email.from()
                        + "' is not the address of a councillor or co-opted member on the roster"));
        if (email.attachments().size() > MAX_ATTACHMENTS) {
            throw InvalidInputException.of("file", "has more than " + MAX_ATTACHMENTS + " attachments");
        }
        EnquiryView logged = desk.log(new LogRequest(councillor.personId(), "EMAIL",
                email.sent() == null ? null : email.sent().toString(), truncate(email.subject(), 200),
                truncate(email.body(), 10_000), category, ward, null, confidential, List.of(), List.of(), null), caller);
        UUID enquiryId = records.idOf(logged.reference());
        for (EmailMessage.File file : email.attachments()) {
            attachments.save(new Attachment(UUID.randomUUID(), enquiryId, file.filename(), file.contentType(),
                    file.content().length, file.content()));
        }
        return logged;
    }

    public List<AttachmentRepository.Summary> list(String reference, Caller caller) {
        records.requirePersonalDataAccess(reference, caller);
        return attachments.summariesOf(records.idOf(reference));
    }

    /** One attachment; a confidential enquiry's download is audited as reading it is ({@code from}: the caller's address). */
    public Attachment download(String reference, UUID id, Caller caller, String from) {
        Enquiry enquiry = records.requirePersonalDataAccess(reference, caller);
        Attachment attachment = attachments.findById(id).orElseThrow(() -> new NotFoundException("Attachment", id.toString()));
        if (!attachment.enquiryId().equals(enquiry.id())) {
            throw new ForbiddenException("that attachment belongs to another enquiry");
        }
        if (enquiry.confidential()) {
            audit.record(caller, "downloaded confidential enquiry attachment", reference + " " + attachment.filename(), "200", from);
        }
        return attachment;
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
