package uk.councilprotocol.notifications.templates;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The emails whose wording a council's admin may edit, each with its placeholders and the platform's own wording
 * (what every council's emails say until its admin saves a version of its own).
 */
public enum NoticeKind {
    TRAINING_DUE("training-due", "Training reminder, before the due date",
            placeholders("name", "the person's full name", "course", "the course's title", "course code", "the course's code",
                    "due date", "the due date, as \"Monday 7 December 2026\"", "due in", "\"in 7 days\", \"tomorrow\" or \"today\""),
            new Wording("Reminder: ((course)) is due by ((due date))",
                    "Your mandatory training \"((course))\" is due by ((due date)), ((due in)).\n\n" + Texts.BOOK_A_PLACE
                            + "\n\nCourse code: ((course code))")),
    TRAINING_OVERDUE("training-overdue", "Training reminder, once overdue (the line manager copied)",
            placeholders("name", "the person's full name", "course", "the course's title", "course code", "the course's code",
                    "due date", "the due date, as \"Monday 7 December 2026\"", "days overdue", "\"1 day\", \"12 days\""),
            new Wording("Overdue: ((course)) was due on ((due date))",
                    "Your mandatory training \"((course))\" was due on ((due date)) and is now ((days overdue)) overdue.\n\n"
                            + Texts.BOOK_A_PLACE + "\n\nCourse code: ((course code))")),
    TRAINING_EXTENSION_REQUESTED("training-extension-requested",
            "Request for more time (to the approver; their reason and who decides are added)",
            placeholders("name", "the approver's full name", "person", "who asks, by full name", "course", "the course's title",
                    "due date", "the due date now, as \"Monday 7 December 2026\"", "requested date", "the date they ask for"),
            new Wording("Request for more time: ((person)), ((course))",
                    "((person)) asks for more time to complete the mandatory training \"((course))\": to ((requested date)) "
                            + "instead of ((due date)).")),
    TRAINING_EXTENSION_APPROVED("training-extension-approved",
            "More time approved (to the person, the approver copied; the decision's note is added)",
            placeholders("name", "the person's full name", "course", "the course's title", "due date", "the new due date",
                    "previous due date", "the due date before"),
            new Wording("More time approved: ((course)) is now due by ((due date))",
                    "Your request for more time on the mandatory training \"((course))\" was approved. It is now due by "
                            + "((due date)), and your reminders follow the new date.")),
    TRAINING_EXTENSION_DECLINED("training-extension-declined",
            "More time declined (to the person, the approver copied; the decision's note is added)",
            placeholders("name", "the person's full name", "course", "the course's title", "due date", "the due date, unchanged",
                    "requested date", "the date they asked for"),
            new Wording("More time declined: ((course)) is still due by ((due date))",
                    "Your request for more time on the mandatory training \"((course))\" was declined, so it is still due by "
                            + "((due date)).")),
    TRAINING_COMPLETION_CORRECTED("training-completion-corrected",
            "Training record corrected by HR (to the person; HR's reason is added)",
            placeholders("name", "the person's full name", "course", "the course's title",
                    "correction", "what changed: \"it now says you completed it on …\", or that its date stands"),
            new Wording("Training record corrected: ((course))",
                    "HR has corrected the record of your completing \"((course))\": ((correction)).\n\n" + Texts.DISPUTE)),
    TRAINING_COMPLETION_WITHDRAWN("training-completion-withdrawn",
            "Training record withdrawn by HR (to the person; HR's reason and the new due date are added)",
            placeholders("name", "the person's full name", "course", "the course's title",
                    "completed on", "the date the withdrawn record gave"),
            new Wording("Training record withdrawn: ((course))",
                    "HR has withdrawn the record of your completing \"((course))\" on ((completed on)): it no longer counts "
                            + "towards your mandatory training.\n\n" + Texts.DISPUTE)),
    ACTION_DUE("action-due", "Action-plan reminder, before the deadline",
            placeholders("name", "the person's full name", "action", "the action's number and its first words", "action text",
                    "the action in full", "plan", "the plan's title", "theme", "the plan's theme the action is under",
                    "deadline", "the deadline, as \"Monday 7 December 2026\"", "deadline as written", "the deadline as the plan words it, \"By March 2027\"",
                    "due in", "\"in 30 days\", \"in 1 day\" or \"today\""),
            new Wording("Action due by ((deadline)): ((action))",
                    "This action in \"((plan))\" is due by ((deadline)) (\"((deadline as written))\"), ((due in)).\n\n"
                            + "Theme: ((theme))\n\nAction: ((action text))\n\n" + Texts.RECORD_PROGRESS)),
    ACTION_OVERDUE("action-overdue", "Action-plan reminder, once overdue (the theme lead copied)",
            placeholders("name", "the person's full name", "action", "the action's number and its first words", "action text",
                    "the action in full", "plan", "the plan's title", "theme", "the plan's theme the action is under",
                    "deadline", "the deadline, as \"Monday 7 December 2026\"", "deadline as written", "the deadline as the plan words it, \"By March 2027\"",
                    "days overdue", "\"1 day\", \"12 days\""),
            new Wording("Overdue action: ((action))",
                    "This action in \"((plan))\" was due by ((deadline)) (\"((deadline as written))\") and is now ((days overdue)) overdue.\n\n"
                            + "Theme: ((theme))\n\nAction: ((action text))\n\n" + Texts.RECORD_PROGRESS)),
    ACTION_MILESTONE_DUE("action-milestone-due", "Action-plan milestone reminder, a week before it is due",
            placeholders("name", "the person's full name", "milestone", "the milestone in full", "action",
                    "the action's number and its first words", "plan", "the plan's title",
                    "deadline", "the milestone's due date, as \"Monday 7 December 2026\"",
                    "deadline as written", "the due date as the plan words it, \"By January 2027\"",
                    "due in", "\"in 7 days\", \"in 1 day\" or \"today\""),
            new Wording("Milestone due by ((deadline)): ((milestone))",
                    "A milestone of this action in \"((plan))\" is due by ((deadline)) (\"((deadline as written))\"), ((due in)).\n\n"
                            + "Milestone: ((milestone))\n\nAction: ((action))\n\nWhen it is done, please mark it done on the "
                            + "action's page in the council protocol console, so the Standards Committee's report shows it.")),
    BUDDY_PAIRED_NEWCOMER("buddy-paired-newcomer", "A buddy for a new councillor (to the new councillor)",
            placeholders("name", "the new councillor's full name", "buddy", "their buddy's full name",
                    "until", "the end of the six months of check-ins, as \"Monday 7 June 2027\""),
            new Wording("Your buddy as a new councillor: ((buddy))",
                    "Welcome to the council. To help you settle in, ((buddy)) will be your buddy: an experienced councillor "
                            + "you can ask about anything, from casework to committee papers.\n\n" + Texts.MEET_MONTHLY)),
    BUDDY_PAIRED_BUDDY("buddy-paired-buddy", "A buddy for a new councillor (to the buddy)",
            placeholders("name", "the buddy's full name", "newcomer", "the new councillor's full name",
                    "until", "the end of the six months of check-ins, as \"Monday 7 June 2027\""),
            new Wording("You are ((newcomer))'s buddy",
                    "Thank you for agreeing to be a buddy: ((newcomer)) is new to the council, and you will be the "
                            + "experienced councillor they can turn to.\n\n" + Texts.MEET_MONTHLY)),
    BUDDY_CHECK_IN_DUE("buddy-check-in-due", "A buddy check-in is due (to each of the pair, monthly for six months)",
            placeholders("name", "the recipient's full name", "other", "the other of the pair, by full name",
                    "until", "the end of the six months of check-ins, as \"Monday 7 June 2027\""),
            new Wording("Time for a buddy check-in with ((other))",
                    "It is time for this month's buddy check-in with ((other)). Please arrange to meet, and record "
                            + "the check-in in the council protocol console (Buddies) when you have met.\n\n"
                            + "Check-ins continue until ((until)).")),
    SKILLS_AUDIT_OPEN("skills-audit-open", "A skills audit to answer (to each serving councillor, when HR publishes it)",
            placeholders("name", "the councillor's full name", "audit", "the audit's title",
                    "closes on", "the last day to answer, as \"Monday 7 December 2026\"", "skills", "how many skills it asks about"),
            new Wording("Please rate your skills: ((audit))",
                    "The council asks every councillor to rate themselves on ((skills)) skills, from 1 (new to this) to 4 "
                            + "(could help others), so that training goes where it helps. " + Texts.ANSWER_AUDIT)),
    SKILLS_AUDIT_CLOSING("skills-audit-closing", "A skills audit closes in a week (to each councillor who has not answered)",
            placeholders("name", "the councillor's full name", "audit", "the audit's title",
                    "closes on", "the last day to answer, as \"Monday 7 December 2026\"", "skills", "how many skills it asks about"),
            new Wording("A week left to rate your skills: ((audit))",
                    "You have not yet answered \"((audit))\", which closes in a week. " + Texts.ANSWER_AUDIT)),
    ENQUIRY_ACKNOWLEDGEMENT("enquiry-acknowledgement", "Councillor enquiry received (to the councillor)",
            placeholders("name", "the councillor's full name", "reference", "the enquiry's reference, MEM-26-0042",
                    "enquiry", "its reference and subject (a confidential one: its reference alone)",
                    "due date", "the response's due date, as \"Monday 7 December 2026\"",
                    "promise", "\"within 10 working days of receipt\", as the council promises"),
            new Wording("Your enquiry ((reference)) has been received",
                    "The Members Support Hub has logged your enquiry ((enquiry)).\n\nA substantive response is due by "
                            + "((due date)), ((promise)). Please quote ((reference)) in any correspondence about it.")),
    ENQUIRY_ASSIGNED("enquiry-assigned", "Councillor enquiry assigned (to the officer)", Texts.ENQUIRY,
            new Wording("Councillor enquiry ((reference)) assigned to you: response due by ((due date))",
                    "Councillor enquiry ((enquiry)) has been assigned to you.\n\nA substantive response is due by ((due date)). "
                            + "If that is not possible, record a holding reply giving the reason, the action being taken and the "
                            + "date by which you will respond (protocol 9.1.7).")),
    ENQUIRY_NEEDS_OFFICER("enquiry-needs-officer", "Councillor enquiry with no officer named (to the Chief Officer)", Texts.ENQUIRY,
            new Wording("Councillor enquiry ((reference)) needs an officer in your department",
                    "Councillor enquiry ((enquiry)) was routed to your department with no officer named.\n\nPlease name the "
                            + "officer who will answer it, on the enquiry's page in the council protocol console (Councillor "
                            + "enquiries), so the councillor has a substantive response by ((due date)). Unanswered by then, it "
                            + "is escalated to you (protocol 9.1.9).")),
    ENQUIRY_DUE_SOON("enquiry-due-soon", "Councillor enquiry due in two working days (to the officer)", Texts.ENQUIRY,
            new Wording("Councillor enquiry ((reference)): response due in 2 working days",
                    "The response to Councillor enquiry ((enquiry)) is due by ((due date)).\n\nIf it cannot be answered by "
                            + "then, record a holding reply now (protocol 9.1.7).")),
    ENQUIRY_DUE_TODAY("enquiry-due-today", "Councillor enquiry due today (to the officer)", Texts.ENQUIRY,
            new Wording("Councillor enquiry ((reference)): response due today",
                    "The response to Councillor enquiry ((enquiry)) is due today, ((due date)).\n\nAn enquiry not answered "
                            + "today will be escalated to the department's Chief Officer.")),
    ENQUIRY_ESCALATED("enquiry-escalated", "Councillor enquiry overdue (to the Chief Officer, the officer copied)", Texts.ENQUIRY,
            new Wording("Escalation: Councillor enquiry ((reference)) is overdue",
                    "Councillor enquiry ((enquiry)), assigned to ((departments)), was due by ((due date)) and has not been "
                            + "answered.\n\nUnder the protocol (9.1.9) Chief Officers are responsible for their department's "
                            + "enquiries being dealt with promptly. The assigned officer is copied.")),
    ENQUIRY_HOLDING_REPLY("enquiry-holding-reply", "Holding reply (to the councillor; the reason and action are added)", Texts.ENQUIRY,
            new Wording("Your enquiry ((reference)): a response by ((due date))",
                    "A substantive response to your enquiry ((enquiry)) will be sent by ((due date)).")),
    ENQUIRY_DEADLINE_AGREED("enquiry-deadline-agreed", "Alternative deadline agreed (to the councillor)", Texts.ENQUIRY,
            new Wording("Your enquiry ((reference)): agreed deadline ((due date))",
                    "As agreed with you, the response to your enquiry ((enquiry)) is now due by ((due date)).")),
    ENQUIRY_ANSWERED("enquiry-answered", "Councillor enquiry answered (to the councillor; the response is added)", Texts.ENQUIRY,
            new Wording("Your enquiry ((reference)) has been answered",
                    "The substantive response to your enquiry ((enquiry)) has been recorded."));

    private final String key;
    private final String title;
    private final Map<String, String> placeholders;
    private final Wording platformDefault;

    NoticeKind(String key, String title, Map<String, String> placeholders, Wording platformDefault) {
        this.key = key;
        this.title = title;
        this.placeholders = placeholders;
        this.platformDefault = platformDefault;
    }

    public String key() {
        return key;
    }

    public String title() {
        return title;
    }

    /** Name to what it is filled with, in the order the console lists them. */
    public Map<String, String> placeholders() {
        return placeholders;
    }

    public Wording platformDefault() {
        return platformDefault;
    }

    public static Optional<NoticeKind> byKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }

    private static Map<String, String> placeholders(String... nameThenDescription) {
        Map<String, String> named = new LinkedHashMap<>();
        for (int i = 0; i < nameThenDescription.length; i += 2) {
            named.put(nameThenDescription[i], nameThenDescription[i + 1]);
        }
        return Collections.unmodifiableMap(named);
    }

    private static final class Texts {
        /** What every enquiry notice but the acknowledgement may say. */
        static final Map<String, String> ENQUIRY = placeholders("name", "the recipient's full name",
                "reference", "the enquiry's reference, MEM-26-0042",
                "enquiry", "its reference and subject (a confidential one: its reference alone)",
                "due date", "the response's due date, as \"Monday 7 December 2026\"",
                "departments", "the departments it is assigned to, \"Environment and Housing\"");
        static final String BOOK_A_PLACE = "Please book a place through the council's learning portal, or ask Organisational "
                + "Development (HR) for the next session. When you have completed it, your department records the completion "
                + "and these reminders stop.";
        static final String DISPUTE = "If you think this is wrong, reply to Organisational Development (HR) with your evidence.";
        static final String ANSWER_AUDIT = "Please answer by ((closes on)) in the council protocol console (Skills audit): "
                + "it takes a few minutes, and a skill you rate below the level the council needs shows you its course.";
        static final String MEET_MONTHLY = "Please meet once a month until ((until)) and record each check-in in the "
                + "council protocol console (Buddies); you will both be reminded each month.";
        static final String RECORD_PROGRESS = "Please record progress (or completion) against the action, so the Standards "
                + "Committee's report is up to date; these reminders stop when it is complete.";
    }
}
