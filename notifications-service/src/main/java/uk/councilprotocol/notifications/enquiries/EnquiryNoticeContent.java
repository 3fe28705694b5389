package uk.councilprotocol.notifications.enquiries;

import uk.councilprotocol.notifications.templates.NoticeKind;
import uk.councilprotocol.notifications.templates.NoticeTemplates;
import uk.councilprotocol.notifications.templates.Wording;
import jakarta.inject.Singleton;
import uk.councilprotocol.notifications.voice.CouncilVoices;
import uk.councilprotocol.notifications.contacts.Contact;
import uk.councilprotocol.notifications.contacts.ContactBook;
import uk.councilprotocol.notifications.mail.Letter;
import uk.councilprotocol.notifications.reminders.Reminder;
import uk.councilprotocol.notifications.reminders.ReminderContent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The wording of each enquiry notice. A confidential enquiry is named by its reference alone (5.7, 9.3.5);
 * no notice carries the constituent's details or the description.
 */
@Singleton
public class EnquiryNoticeContent implements ReminderContent {
    private final EnquiryRecordRepository records;
    private final ContactBook contacts;
    private final CouncilVoices voices;
    private final Clock clock;

    private final NoticeTemplates templates;

    /** Each enquiry notice and the words the council may set for it. */
    static final Map<String, NoticeKind> KINDS = Map.of(EnquiryNotices.ACKNOWLEDGEMENT, NoticeKind.ENQUIRY_ACKNOWLEDGEMENT,
            EnquiryNotices.ASSIGNED, NoticeKind.ENQUIRY_ASSIGNED, EnquiryNotices.NEEDS_OFFICER, NoticeKind.ENQUIRY_NEEDS_OFFICER,
            EnquiryNotices.DUE_SOON, NoticeKind.ENQUIRY_DUE_SOON, EnquiryNotices.DUE_TODAY, NoticeKind.ENQUIRY_DUE_TODAY,
            EnquiryNotices.HOLDING_REPLY, NoticeKind.ENQUIRY_HOLDING_REPLY, EnquiryNotices.DEADLINE_AGREED,
            NoticeKind.ENQUIRY_DEADLINE_AGREED, EnquiryNotices.ESCALATED, NoticeKind.ENQUIRY_ESCALATED,
            EnquiryNotices.RESPONDED, NoticeKind.ENQUIRY_ANSWERED);

    /** The placeholders of every enquiry notice, for {@code recipientName}. */
    static Map<String, String> values(EnquiryRecord enquiry, String recipientName) {
        // the council's own promise (5, 10, 15 working days…), as the event carried it; none said: no number guessed
        String promise = enquiry.responseWorkingDays() == null ? "as the council's protocol promises"
                : "within " + enquiry.responseWorkingDays() + " working days of receipt";
        return Map.of("name", recipientName, "reference", enquiry.reference(), "enquiry", enquiry.title(),
                "due date", Letter.longDate(enquiry.dueDate()), "promise", promise,
                "departments", String.join(" and ", enquiry.departments()));
    }

    public EnquiryNoticeContent(EnquiryRecordRepository records, ContactBook contacts, Clock clock, CouncilVoices voices,
                                NoticeTemplates templates) {
        this.templates = templates;
        this.voices = voices;
        this.records = records;
        this.contacts = contacts;
        this.clock = clock;
    }

    @Override
    public String subjectType() {
        return EnquiryNotices.SUBJECT;
    }

    /**
     * Only the officers' "due in two working days" waits for the sending hours: "due today" and an escalation are
     * urgent, and the rest tell someone of what was just done (logged, assigned, answered).
     */
    @Override
    public boolean waitsForSendWindow(String kind) {
        return EnquiryNotices.DUE_SOON.equals(kind);
    }

    @Override
    public Rendered render(Reminder reminder, Contact recipient) {
        Optional<EnquiryRecord> found = records.findById(reminder.subjectId());
        if (found.isEmpty()) {
            return Rendered.skip("no copy of enquiry " + reminder.subjectId());
        }
        EnquiryRecord enquiry = found.get();
        String kind = reminder.kind();
        boolean officerReminder = EnquiryNotices.OFFICER_REMINDERS.contains(kind);
        if (officerReminder && !enquiry.open()) {
            return Rendered.skip("the enquiry is no longer open");
        }
        if (officerReminder && enquiry.dueDate().isBefore(LocalDate.now(clock))) {
            return Rendered.skip("the deadline passed before this reminder could be sent");
        }
        NoticeKind wording = KINDS.get(kind);
        if (wording == null) {
            return Rendered.skip("unknown enquiry notice " + reminder.kind());
        }
        if (!enquiry.open() && (EnquiryNotices.NEEDS_OFFICER.equals(kind) || EnquiryNotices.ESCALATED.equals(kind))) {
            return Rendered.skip("answered before it went out");
        }
        NoticeTemplates.Filled filled = templates.write(wording, values(enquiry, recipient.fullName()));
        List<String> paragraphs = new ArrayList<>(filled.paragraphs());
        List<String> cc = new ArrayList<>();
        // what the protocol requires an email to say is added by the platform, whatever the council's wording
        switch (kind) {
            case EnquiryNotices.ACKNOWLEDGEMENT -> {
                if (enquiry.deadlineProvisional()) {
                    paragraphs.add("This date is provisional: the council's calendar of bank holidays does not cover that "
                            + "year yet, and a bank holiday declared later would move it.");
                }
            }
            case EnquiryNotices.HOLDING_REPLY -> {
                if (enquiry.confidential()) {
                    // enquiries-service sends no reasons for a confidential enquiry (5.7, 9.3.5): say where they are
                    paragraphs.add("As the enquiry is confidential, the reason for the delay and the action being taken are "
                            + "not repeated in this email: read them in the Councillor/Officer Relations console, or ask "
                            + "the Members Support Hub.");
                } else {
                    paragraphs.add("Reason for the delay: " + enquiry.holdingReason());
                    paragraphs.add("Action being taken: " + enquiry.holdingAction());
                }
            }
            case EnquiryNotices.ESCALATED -> {
                for (String officer : enquiry.officerIds()) {
                    contacts.find(officer).filter(Contact::active).ifPresent(o -> cc.add(o.email()));
                }
            }
            case EnquiryNotices.RESPONDED -> {
                if (enquiry.confidential()) {
                    // 5.7, 9.3.5: a confidential enquiry's text stays in enquiries-service, never in an email
                    paragraphs.add("As the enquiry is confidential, the response is not repeated in this email: read it "
                            + "in the Councillor/Officer Relations console, or ask the Members Support Hub for it.");
                } else if (enquiry.response() != null) {
                    paragraphs.add("The response:");
                    paragraphs.addAll(Wording.paragraphs(enquiry.response()));
                    // 9.1.14: the councillors the enquiry's circulation list named may have the response
                    List<Contact> copied = Arrays.stream(enquiry.circulation()).map(contacts::find).flatMap(Optional::stream)
                            .filter(Contact::active).filter(c -> !c.personId().equals(recipient.personId())).toList();
                    copied.forEach(c -> cc.add(c.email()));
                    if (!copied.isEmpty()) {
                        paragraphs.add("As your enquiry's circulation list asked, this response is copied to "
                                + String.join(", ", copied.stream().map(Contact::fullName).toList()) + ".");
                    }
                }
                paragraphs.add("If anything is unclear, contact the Members Support Hub quoting " + enquiry.reference() + ".");
            }
            default -> {
                // the council's wording says it all
            }
        }
        String subject = filled.subject();
        return Rendered.send(Letter.compose(recipient.email(), cc, subject, recipient.fullName(),
                paragraphs, reminder.messageId(), voices.current()));
    }
}
