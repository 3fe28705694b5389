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

    /** The placeholders of the acknowledgement ({@link NoticeKind#ENQUIRY_ACKNOWLEDGEMENT}). */
    static Map<String, String> values(EnquiryRecord enquiry, String councillorName) {
        // the council's own promise (5, 10, 15 working days…), as the event carried it; none said: no number guessed
        String promise = enquiry.responseWorkingDays() == null ? "as the council's protocol promises"
                : "within " + enquiry.responseWorkingDays() + " working days of receipt";
        return Map.of("name", councillorName, "reference", enquiry.reference(), "enquiry", enquiry.title(),
                "due date", Letter.longDate(enquiry.dueDate()), "promise", promise);
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
        String due = Letter.longDate(enquiry.dueDate());
        String subject;
        List<String> paragraphs = new ArrayList<>();
        List<String> cc = new ArrayList<>();
        switch (kind) {
            case EnquiryNotices.ACKNOWLEDGEMENT -> {
                NoticeTemplates.Filled filled = templates.write(NoticeKind.ENQUIRY_ACKNOWLEDGEMENT, values(enquiry, recipient.fullName()));
                subject = filled.subject();
                paragraphs.addAll(filled.paragraphs());
                if (enquiry.deadlineProvisional()) {
                    paragraphs.add("This date is provisional: the council's calendar of bank holidays does not cover that "
                            + "year yet, and a bank holiday declared later would move it.");
                }
            }
            case EnquiryNotices.ASSIGNED -> {
                subject = "Councillor enquiry " + enquiry.reference() + " assigned to you: response due by " + due;
                paragraphs.add("Councillor enquiry " + enquiry.title() + " has been assigned to you.");
                paragraphs.add("A substantive response is due by " + due + ". If that is not possible, record a holding "
                        + "reply giving the reason, the action being taken and the date by which you will respond (protocol 9.1.7).");
            }
            case EnquiryNotices.NEEDS_OFFICER -> {
                if (!enquiry.open()) {
                    return Rendered.skip("answered before the department was asked to name an officer");
                }
                subject = "Councillor enquiry " + enquiry.reference() + " needs an officer in your department";
                paragraphs.add("Councillor enquiry " + enquiry.title() + " was routed to your department with no officer named.");
                paragraphs.add("Please name the officer who will answer it, on the enquiry's page in the council protocol console "
                        + "(Councillor enquiries), so the councillor has a substantive response by " + due + ". Unanswered "
                        + "by then, it is escalated to you (protocol 9.1.9).");
            }
            case EnquiryNotices.DUE_SOON -> {
                subject = "Councillor enquiry " + enquiry.reference() + ": response due in 2 working days";
                paragraphs.add("The response to Councillor enquiry " + enquiry.title() + " is due by " + due + ".");
                paragraphs.add("If it cannot be answered by then, record a holding reply now (protocol 9.1.7).");
            }
            case EnquiryNotices.DUE_TODAY -> {
                subject = "Councillor enquiry " + enquiry.reference() + ": response due today";
                paragraphs.add("The response to Councillor enquiry " + enquiry.title() + " is due today, " + due + ".");
                paragraphs.add("An enquiry not answered today will be escalated to the department's Chief Officer.");
            }
            case EnquiryNotices.HOLDING_REPLY -> {
                subject = "Your enquiry " + enquiry.reference() + ": a response by " + due;
                paragraphs.add("A substantive response to your enquiry " + enquiry.title() + " will be sent by " + due + ".");
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
            case EnquiryNotices.DEADLINE_AGREED -> {
                subject = "Your enquiry " + enquiry.reference() + ": agreed deadline " + due;
                paragraphs.add("As agreed with you, the response to your enquiry " + enquiry.title() + " is now due by " + due + ".");
            }
            case EnquiryNotices.ESCALATED -> {
                if (!enquiry.open()) {
                    return Rendered.skip("answered before the escalation went out");
                }
                subject = "Escalation: Councillor enquiry " + enquiry.reference() + " is overdue";
                paragraphs.add("Councillor enquiry " + enquiry.title() + ", assigned to " + String.join(" and ",
                        enquiry.departments()) + ", was due by " + due + " and has not been answered.");
                paragraphs.add("Under the protocol (9.1.9) Chief Officers are responsible for their department's "
                        + "enquiries being dealt with promptly. The assigned officer is copied.");
                for (String officer : enquiry.officerIds()) {
                    contacts.find(officer).filter(Contact::active).ifPresent(o -> cc.add(o.email()));
                }
            }
            case EnquiryNotices.RESPONDED -> {
                subject = "Your enquiry " + enquiry.reference() + " has been answered";
                paragraphs.add("The substantive response to your enquiry " + enquiry.title() + " has been recorded.");
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
                return Rendered.skip("unknown enquiry notice " + reminder.kind());
            }
        }
        return Rendered.send(Letter.compose(recipient.email(), cc, subject, recipient.fullName(),
                paragraphs, reminder.messageId(), voices.current()));
    }
}
