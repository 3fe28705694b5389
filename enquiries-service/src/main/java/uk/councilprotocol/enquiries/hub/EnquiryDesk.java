package uk.councilprotocol.enquiries.hub;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import uk.councilprotocol.contracts.enquiries.v1.EnquiryLogged;
import uk.councilprotocol.contracts.enquiries.v1.EnquiryResponded;
import uk.councilprotocol.enquiries.absence.AbsenceCalendar;
import uk.councilprotocol.enquiries.councillors.Councillor;
import uk.councilprotocol.enquiries.councillors.CouncillorRepository;
import uk.councilprotocol.enquiries.councillors.OfficerRepository;
import uk.councilprotocol.enquiries.deadlines.ResponseDeadlines;
import uk.councilprotocol.enquiries.remits.BodyRemits;
import uk.councilprotocol.enquiries.routing.EnquiryRouter;
import uk.councilprotocol.platform.errors.ConflictException;
import uk.councilprotocol.platform.errors.InvalidInputException;
import uk.councilprotocol.platform.errors.RequestChecks;
import uk.councilprotocol.platform.errors.Validation;
import uk.councilprotocol.platform.grpc.Protos;
import uk.councilprotocol.platform.outbox.Outbox;
import uk.councilprotocol.platform.security.Caller;
import uk.councilprotocol.platform.security.ForbiddenException;
import uk.councilprotocol.platform.security.Roles;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The Members Support Hub's desk (protocol 9.1): logs each enquiry with its reference and 10-working-day deadline,
 * routes it to the right department(s), and records the substantive response. Finding enquiries and checking who
 * may act on them: {@link EnquiryRecords}; what each caller sees: {@link EnquiryViews}.
 */
@Singleton
public class EnquiryDesk {
    private static final int MAX_RESPONSE = 20_000;
    static final String AGGREGATE = "enquiry";

    private final EnquiryRepository enquiries;
    private final EnquiryAssignmentRepository assignments;
    private final CouncillorRepository councillors;
    private final EnquiryRecords records;
    private final EnquiryViews views;
    private final EnquiryRouter router;
    private final ResponseDeadlines deadlines;
    private final Outbox outbox;
    private final AbsenceCalendar absences;
    private final Clock clock;
    private final RequestChecks requestChecks;
    private final OfficerRepository officers;
    private final BodyRemits remits;

    public EnquiryDesk(EnquiryRepository enquiries, EnquiryAssignmentRepository assignments,
                       CouncillorRepository councillors, EnquiryRecords records, EnquiryViews views, EnquiryRouter router,
                       ResponseDeadlines deadlines, Outbox outbox, AbsenceCalendar absences, Clock clock,
                       RequestChecks requestChecks, OfficerRepository officers, BodyRemits remits) {
        this.remits = remits;
        this.officers = officers;
        this.requestChecks = requestChecks;
        this.enquiries = enquiries;
        this.assignments = assignments;
        this.councillors = councillors;
        this.records = records;
        this.views = views;
        this.router = router;
        this.deadlines = deadlines;
        this.outbox = outbox;
        this.absences = absences;
        this.clock = clock;
    }

    @Transactional
    public EnquiryView log(LogRequest request, Caller caller) {
        caller.require(Roles.HUB, Roles.ADMIN);
        Validation check = requestChecks.start(request);   // its shape (present, not too long), then what needs data
        String councillorId = Validation.optional(request.councillorId());
        String channel = Validation.optional(request.channel());
        if (channel != null && Enquiry.Channel.named(channel).isEmpty()) {
            check.reject("channel", "'" + channel + "' is not one of verbal, email, letter, in person");
        }
        String subject = Validation.optional(request.subject());
        String description = Validation.optional(request.description());
        String category = Validation.optional(request.category());
        Instant receivedAt = receivedAt(check, request.receivedAt());
        Councillor councillor = councillorId == null ? null : councillors.findById(councillorId).filter(Councillor::active).orElse(null);
        if (councillorId != null && councillor == null) {
            check.reject("councillor_id", "'" + councillorId + "' is not an active councillor or co-opted member on the roster");
        }
        if (councillor != null && category != null) {
            remits.outsideRemit(councillor, category).ifPresent(why -> check.reject("category", why));
        }
        List<String> circulation = request.circulation() == null ? List.of() : request.circulation();
        for (String copied : circulation) {
            if (councillors.findById(copied).isEmpty()) {
                check.reject("circulation", "'" + copied + "' is not a councillor on the roster");
            }
        }
        check.throwIfInvalid();
        Map<String, String> departments = routes(request, category);

        ResponseDeadlines.Deadline deadline = deadlines.dueFor(receivedAt);
        int year = Year.from(receivedAt.atZone(clock.getZone())).getValue();
        String reference = String.format("MEM-%02d-%04d", year % 100, enquiries.findNextReferenceNumber(year));
        Instant now = clock.instant();
        EnquiryView.Constituent constituent = request.constituent();
        Enquiry enquiry = enquiries.save(Enquiry.logged(new Enquiry.Logging(reference, councillorId,
                Enquiry.Channel.named(channel).orElseThrow(), receivedAt, subject, description, category,
                Validation.optional(request.ward()), constituent == null ? null : Validation.optional(constituent.name()),
                constituent == null ? null : Validation.optional(constituent.contact()),
                constituent == null ? null : Validation.optional(constituent.address()),
                Boolean.TRUE.equals(request.confidential()), circulation, Validation.optional(request.relatedAddress())),
                deadline, caller.subject(), now));
        List<EnquiryAssignment> assigned = new ArrayList<>();
        departments.forEach((department, officer) ->
                assigned.add(new EnquiryAssignment(UUID.randomUUID(), enquiry.id(), department, officer, now)));
        assignments.saveAll(assigned);
        outbox.append(AGGREGATE, reference, EnquiryLogged.newBuilder()
                .setReference(reference).setCouncillorId(councillorId).setSubject(enquiry.publishable(subject)).setCategory(category)
                .setWard(Protos.orEmpty(enquiry.ward())).setConfidential(enquiry.confidential())
                .addAllDepartments(departments.keySet())
                .addAllOfficerIds(departments.values().stream().filter(o -> o != null).toList())
                .setReceivedAt(Protos.timestamp(receivedAt)).setDueDate(deadline.dueDate().toString())
                .setDueAt(Protos.timestamp(deadline.dueAt()))
                .setResponseWorkingDays(deadline.workingDays()).setDeadlineProvisional(deadline.provisional())
                .setOfficerReminderDate(deadlines.officerReminderDate(deadline.dueDate()).toString())
                .addAllCirculation(circulation).addAllUnnamedDepartmentChiefIds(chiefsToName(departments)).build());
        return views.view(enquiry, assigned, List.of(), councillor, caller);
    }

    /** The substantive response: from the assigned department or the Hub; it closes the enquiry. */
    @Transactional
    public EnquiryView respond(String reference, String response, Caller caller) {
        Enquiry enquiry = records.require(reference);
        List<EnquiryAssignment> assigned = assignments.findByEnquiryId(enquiry.id());
        if (!(EnquiryAccess.isHub(caller) || EnquiryAccess.isAssignedDepartment(caller, assigned))) {
            throw new ForbiddenException("only the Hub or an assigned department may respond to " + reference);
        }
        String text = response;
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of("response", "is required");
        }
        if (text.length() > MAX_RESPONSE) {
            throw InvalidInputException.of("response", "is longer than " + MAX_RESPONSE + " characters");
        }
        if (!enquiry.isOpen()) {
            throw new ConflictException(reference + " is " + enquiry.status().name().toLowerCase(Locale.ROOT) + ", not open");
        }
        Instant now = clock.instant();
        Enquiry responded = enquiries.update(enquiry.responded(text.strip(), now, caller.subject()));
        int taken = deadlines.workingDaysBetween(enquiry.countsFrom(), now.atZone(clock.getZone()).toLocalDate());
        outbox.append(AGGREGATE, reference, EnquiryResponded.newBuilder()
                .setReference(reference).setCouncillorId(enquiry.councillorId()).setRespondedAt(Protos.timestamp(now))
                .setRespondedBy(caller.subject()).setOnTime(!now.isAfter(enquiry.dueAt()))
                .setWorkingDaysTaken(taken).setResponse(enquiry.publishable(text)).build());
        return views.viewOf(responded, assigned, caller);
    }

    /** A department routed to with no officer named is told, by its Chief Officers, rather than no one until escalation. */
    private List<String> chiefsToName(Map<String, String> departments) {
        List<String> chiefs = new ArrayList<>();
        departments.forEach((department, officer) -> {
            if (officer == null) {
                officers.chiefOfficersOf(department).forEach(chief -> chiefs.add(chief.personId()));
            }
        });
        return chiefs;
    }

    private Map<String, String> routes(LogRequest request, String category) {
        Map<String, String> departments = new LinkedHashMap<>();
        if (request.departments() != null && !request.departments().isEmpty()) {
            for (String department : request.departments()) {
                if (department == null || department.isBlank()) {
                    throw InvalidInputException.of("departments", "contains an empty department name");
                }
                String officer = router.route(category, request.ward())
                        .filter(r -> r.department().equalsIgnoreCase(department)).map(EnquiryRouter.Route::officerId).orElse(null);
                departments.put(department.strip(), absences.handlerToday(officer));
            }
            return departments;
        }
        EnquiryRouter.Route route = router.route(category, request.ward()).orElseThrow(() -> InvalidInputException.of(
                "category", "no routing rule for '" + category + "'; add one, or give the departments"));
        departments.put(route.department(), absences.handlerToday(route.officerId()));
        return departments;
    }

    private Instant receivedAt(Validation check, String text) {
        if (text == null || text.isBlank()) {
            return clock.instant();
        }
        try {
            Instant at = Instant.parse(text.strip());
            if (at.isAfter(clock.instant().plusSeconds(300))) {
                check.reject("received_at", "is in the future");
            }
            return at;
        } catch (DateTimeParseException e) {
            check.reject("received_at", "'" + text + "' is not an instant such as 2026-11-23T09:30:00Z");
            return clock.instant();
        }
    }
}
