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
import java.util.Set;

/** An enquiry acknowledgement's preview, filled from the council's open enquiry due soonest; an example when it has none. */
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

    @Override
    public Set<NoticeKind> kinds() {
        return Set.of(NoticeKind.ENQUIRY_ACKNOWLEDGEMENT);
    }

    @Override
    public Sample sample(NoticeKind kind) {
        LocalDate today = LocalDate.now(clock);
        return records.findFirstByOpenAndDueDateGreaterThanEqualsOrderByDueDate(true, today).map(e -> {
            String name = contacts.find(e.councillorId()).map(Contact::fullName).orElse(e.councillorId());
            return new Sample(name, EnquiryNoticeContent.values(e, name), name + "'s enquiry " + e.reference() + ", due "
                    + Letter.longDate(e.dueDate()));
        }).orElseGet(() -> {
            EnquiryRecord example = new EnquiryRecord("MEM-26-0042", "EXAMPLE", "Streetlight out on Mill Lane", false,
                    today.plusDays(14), new String[0], new String[0], true, null, null, Instant.EPOCH, 10, false, null, new String[0]);
            return new Sample("Cllr Alex Example", EnquiryNoticeContent.values(example, "Cllr Alex Example"),
                    "an example: no enquiry of your council's is open");
        });
    }
}
