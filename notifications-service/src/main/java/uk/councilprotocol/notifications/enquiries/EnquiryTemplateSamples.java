package uk.councilprotocol.notifications.enquiries;

import jakarta.inject.Singleton;
import uk.councilprotocol.notifications.contacts.Contact;
import uk.councilprotocol.notifications.contacts.ContactBook;
import uk.councilprotocol.notifications.mail.Letter;
import uk.councilprotocol.notifications.templates.NoticeKind;
import uk.councilprotocol.notifications.templates.TemplateSamples;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;

/**
 * An enquiry notice's preview, filled from the council's open enquiry due soonest (addressed to its councillor, or to
 * its officer for the officers' notices); an example when it has none.
 */
@Singleton
class EnquiryTemplateSamples implements TemplateSamples {
    private final EnquiryRecordRepository records;
    private final ContactBook contacts;
    private final Clock clock;

    EnquiryTemplateSamples(EnquiryRecordRepository records, ContactBook contacts, Clock clock) {
        this.records = records;
        this.contacts = contacts;
        this.clock = clock;
    }

    /** The notices addressed to an officer or a Chief Officer rather than to the councillor. */
    private static final Set<NoticeKind> TO_OFFICERS = Set.of(NoticeKind.ENQUIRY_ASSIGNED, NoticeKind.ENQUIRY_NEEDS_OFFICER,
            NoticeKind.ENQUIRY_DUE_SOON, NoticeKind.ENQUIRY_DUE_TODAY, NoticeKind.ENQUIRY_ESCALATED);

    @Override
    public Set<NoticeKind> kinds() {
        return Set.copyOf(EnquiryNoticeContent.KINDS.values());
    }

    @Override
    public Sample sample(NoticeKind kind) {
        LocalDate today = LocalDate.now(clock);
        boolean toAnOfficer = TO_OFFICERS.contains(kind);
        return records.findFirstByOpenAndDueDateGreaterThanEqualsOrderByDueDate(true, today).map(e -> {
            String councillor = contacts.find(e.councillorId()).map(Contact::fullName).orElse(e.councillorId());
            String name = toAnOfficer ? Arrays.stream(e.officerIds()).findFirst().flatMap(contacts::find).map(Contact::fullName)
                    .orElse("the assigned officer") : councillor;
            return new Sample(name, EnquiryNoticeContent.values(e, name), councillor + "'s enquiry " + e.reference() + ", due "
                    + Letter.longDate(e.dueDate()));
        }).orElseGet(() -> {
            EnquiryRecord example = new EnquiryRecord("MEM-26-0042", "EXAMPLE", "Streetlight out on Mill Lane", false,
                    today.plusDays(14), new String[0], new String[]{"Environment and Housing"}, true, null, null, Instant.EPOCH,
                    10, false, null, new String[0]);
            String name = toAnOfficer ? "Sam Example" : "Cllr Alex Example";
            return new Sample(name, EnquiryNoticeContent.values(example, name), "an example: no enquiry of your council's is open");
        });
    }
}
