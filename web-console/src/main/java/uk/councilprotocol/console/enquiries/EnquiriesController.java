package uk.councilprotocol.console.enquiries;

import java.util.Optional;
import java.util.ArrayList;
import java.time.format.DateTimeParseException;
import java.time.LocalTime;
import java.time.Instant;
import uk.councilprotocol.contracts.enquiries.v1.ListCouncillorsRequest;
import uk.councilprotocol.contracts.enquiries.v1.ListRoutingRulesRequest;
import uk.councilprotocol.contracts.enquiries.v1.RoutingRule;
import uk.councilprotocol.console.GovukDate;
import com.google.protobuf.Timestamp;
import io.grpc.StatusRuntimeException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import uk.councilprotocol.console.FormErrors;
import uk.councilprotocol.console.Page;
import uk.councilprotocol.console.Pages;
import uk.councilprotocol.console.Pagination;
import uk.councilprotocol.console.admin.RefusedAddresses;
import uk.councilprotocol.console.backend.AtOnce;
import uk.councilprotocol.console.backend.Backends;
import jakarta.inject.Named;
import java.util.concurrent.ExecutorService;
import uk.councilprotocol.console.signin.Csrf;
import uk.councilprotocol.console.signin.Session;
import uk.councilprotocol.console.signin.Sessions;
import uk.councilprotocol.contracts.enquiries.v1.AcceptRequest;
import uk.councilprotocol.contracts.enquiries.v1.AlternativeDeadlineRequest;
import uk.councilprotocol.contracts.enquiries.v1.ReclassifyRequest;
import uk.councilprotocol.contracts.enquiries.v1.ReopenRequest;
import uk.councilprotocol.contracts.enquiries.v1.BoardChoices;
import uk.councilprotocol.contracts.enquiries.v1.Channel;
import uk.councilprotocol.contracts.enquiries.v1.Constituent;
import uk.councilprotocol.contracts.enquiries.v1.Enquiry;
import uk.councilprotocol.contracts.enquiries.v1.GetEnquiryRequest;
import uk.councilprotocol.contracts.enquiries.v1.HoldingReplyRequest;
import uk.councilprotocol.contracts.enquiries.v1.ListAssignedRequest;
import uk.councilprotocol.contracts.enquiries.v1.ListEnquiriesResponse;
import uk.councilprotocol.contracts.enquiries.v1.LogEmailedEnquiryRequest;
import uk.councilprotocol.contracts.enquiries.v1.LogEnquiryRequest;
import uk.councilprotocol.contracts.enquiries.v1.ReassignRequest;
import uk.councilprotocol.contracts.enquiries.v1.RespondRequest;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.HashMap;
import java.util.TreeSet;
import java.io.IOException;
import uk.councilprotocol.contracts.notifications.v1.ListRemindersRequest;
import uk.councilprotocol.contracts.notifications.v1.Reminder;

/**
 * Councillor enquiries: the Hub's board (every enquiry, by deadline, with filters) and a department's queue
 * (enquiries-service decides which the signed-in person sees), logging a new enquiry, and an enquiry's page
 * with its timeline, where the department accepts, records a holding reply or responds.
 */
@Controller("/enquiries")
@ExecuteOn(TaskExecutors.BLOCKING)
public class EnquiriesController {
    /** An open enquiry due within this many days is tagged "Due soon" (as enquiries-service's state filter counts it). */
    static final int DUE_SOON_DAYS = 3;
    /** Enquiries per page of the board. */
    static final int PAGE_SIZE = 50;
    /** The log form's circulation boxes are named this and the councillor's roster id. */
    static final String CIRCULATION = "circulation-";
    static final String DEPARTMENT = "department-";

    private final Backends backends;
    private final Pages pages;
    private final Clock clock;
    private final ExecutorService blocking;

    public EnquiriesController(Backends backends, Pages pages, Clock clock, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.blocking = blocking;
        this.backends = backends;
        this.pages = pages;
        this.clock = clock;
    }

    /** The board: a page of what the person may see, filtered and searched by enquiries-service, soonest due first. */
    @Get
    public HttpResponse<String> board(HttpRequest<?> request, @Nullable @QueryValue String department, @Nullable @QueryValue String ward,
                                     @Nullable @QueryValue String councillor, @Nullable @QueryValue String category,
                                     @Nullable @QueryValue String state, @Nullable @QueryValue String q,
                                     @Nullable @QueryValue Integer page, @Nullable @QueryValue String reassigned) {
        Session session = Sessions.of(request);
        Map<String, String> filter = Map.of("department", Pagination.filterValue(department), "ward", Pagination.filterValue(ward),
                "councillor", Pagination.filterValue(councillor), "category", Pagination.filterValue(category),
                "state", Pagination.filterValue(state), "q", Pagination.filterValue(q));
        int number = Pagination.requested(page);
        // a councillor whose address is refused gets no acknowledgements: the Hub sees it where it works
        var undeliverable = AtOnce.call(() -> RefusedAddresses.of(backends, session), blocking);
        ListEnquiriesResponse found = backends.enquiries(session).listAssigned(ListAssignedRequest.newBuilder().setIncludeResponded(true)
                .setDepartment(filter.get("department")).setWard(filter.get("ward")).setCouncillorName(filter.get("councillor"))
                .setCategory(filter.get("category")).setState(filter.get("state")).setQuery(filter.get("q"))
                .setPageSize(PAGE_SIZE).setSkip(Pagination.skip(number, PAGE_SIZE)).setIncludeChoices(true).build());
        LocalDate today = LocalDate.now(clock);
        Map<String, String> states = new HashMap<>();
        found.getEnquiriesList().forEach(e -> states.put(e.getReference(), stateOf(e, today)));
        BoardChoices choices = found.getChoices();
        return pages.ok(request, "enquiries", Page.model(session, "Councillor enquiries", "enquiries", "enquiries", found.getEnquiriesList(),
                "states", states, "reassigned", reassigned == null ? "" : reassigned,
                "departments", choices.getDepartmentsList(), "wards", choices.getWardsList(),
                "councillors", choices.getCouncillorNamesList(), "categories", choices.getCategoriesList(), "filter", filter,
                "undeliverable", AtOnce.answer(undeliverable),
                "pagination", Pagination.of(number, PAGE_SIZE, found.getTotalSize(), found.getEnquiriesCount(), "/enquiries", filter)));
    }

    @Get("/new")
    public HttpResponse<String> newEnquiry(HttpRequest<?> request) {
        return pages.ok(request, "enquiry-new", newModel(Sessions.of(request), List.of(), Map.of()));
    }

    /**
     * The log form: the serving councillors by name, to choose whom it is from and whom to copy it to, and the
     * categories the routing rules know (the Hub's and the admin's to read; anyone else types the category).
     */
    private Map<String, Object> newModel(Session session, List<FormErrors.FieldError> errors, Map<String, String> form) {
        List<RoutingRule> rules = !session.has("hub", "admin") ? List.of()
                : backends.routingRules(session).listRoutingRules(ListRoutingRulesRequest.getDefaultInstance()).getRulesList();
        List<String> categories = rules.stream().map(RoutingRule::getCategory).distinct().sorted(String.CASE_INSENSITIVE_ORDER).toList();
        return Page.model(session, "Log a Councillor enquiry", "enquiries", "errors", errors, "form", form,
                "members", backends.enquiries(session).listCouncillors(ListCouncillorsRequest.getDefaultInstance()).getMembersList(),
                "circulation", circulation(form), "categories", categories,
                "departments", departmentChoices(session, rules), "chosenDepartments", chosenDepartments(form));
    }

    /**
     * The departments the Hub may send an enquiry to instead of its rule's, to split it across them: those the
     * routing rules name and those with officers on the roster.
     */
    private List<String> departmentChoices(Session session, List<RoutingRule> rules) {
        if (!session.has("hub", "admin")) {
            return List.of();
        }
        TreeSet<String> named = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        rules.forEach(rule -> named.add(rule.getDepartment()));
        OfficerChoices.of(backends, session).forEach(officer -> named.add(officer.getDepartment()));
        named.remove("");
        return List.copyOf(named);
    }

    /** The departments ticked to split it across: one box each, named department-{name}. */
    static List<String> chosenDepartments(Map<String, String> form) {
        return ticked(form, DEPARTMENT);
    }

    /** The councillors ticked to be copied in: one box each, named circulation-{roster id}. */
    static List<String> circulation(Map<String, String> form) {
        return ticked(form, CIRCULATION);
    }

    /** What a group of boxes named {prefix}{value} has ticked. */
    private static List<String> ticked(Map<String, String> form, String prefix) {
        return form.entrySet().stream().filter(e -> e.getKey().startsWith(prefix) && "yes".equals(e.getValue()))
                .map(e -> e.getKey().substring(prefix.length())).sorted().toList();
    }

    /**
     * When it reached the council, from the GOV.UK date and a time (09:00 when only the date is given, as a letter
     * opened in the morning); empty for "just now", which the service takes as the time of logging.
     */
    private Optional<Timestamp> receivedAt(Map<String, String> form, List<FormErrors.FieldError> errors) {
        String date = GovukDate.iso(form, "received_at", errors);
        String time = field(form, "received_time");
        if (date.isEmpty()) {
            if (!time.isEmpty() && errors.isEmpty()) {
                errors.add(new FormErrors.FieldError("received_at", "needs a date with the time"));
            }
            return Optional.empty();
        }
        LocalTime at;
        try {
            at = time.isEmpty() ? LocalTime.of(9, 0) : LocalTime.parse(time.length() == 4 ? "0" + time : time);
        } catch (DateTimeParseException e) {
            errors.add(new FormErrors.FieldError("received_time", "must be a time such as 14:30"));
            return Optional.empty();
        }
        Instant instant = LocalDate.parse(date).atTime(at).atZone(clock.getZone()).toInstant();
        return Optional.of(Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).build());
    }

    @Post("/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> log(HttpRequest<?> request, @Body Map<String, String> form) {
        Session session = Sessions.of(request);
        Csrf.check(session, form);
        LogEnquiryRequest.Builder log = LogEnquiryRequest.newBuilder().setCouncillorId(field(form, "councillor_id"))
                .setSubject(field(form, "subject")).setDescription(field(form, "description"))
                .setCategory(field(form, "category")).setWard(field(form, "ward"))
                .setRelatedAddress(field(form, "related_address")).addAllCirculation(circulation(form))
                .addAllDepartments(chosenDepartments(form))
                .setConfidential("yes".equals(form.get("confidential")))
                .setConstituent(Constituent.newBuilder().setName(field(form, "constituent_name"))
                        .setContact(field(form, "constituent_contact")).setAddress(field(form, "constituent_address")));
        try {
            log.setChannel(Channel.valueOf(field(form, "channel")));
        } catch (IllegalArgumentException e) {
            log.setChannel(Channel.CHANNEL_UNSPECIFIED);
        }
        List<FormErrors.FieldError> errors = new ArrayList<>();
        receivedAt(form, errors).ifPresent(log::setReceivedAt);
        if (!errors.isEmpty()) {
            return pages.render(HttpStatus.BAD_REQUEST, request, "enquiry-new", newModel(session, errors, form));
        }
        try {
            Enquiry logged = backends.enquiries(session).logEnquiry(log.build());
            return HttpResponse.seeOther(URI.create("/enquiries/" + logged.getReference() + "?done=logged"));
        } catch (StatusRuntimeException e) {
            return pages.render(HttpStatus.BAD_REQUEST, request, "enquiry-new", newModel(session, FormErrors.of(e), form));
        }
    }

    /** An enquiry that came by email: its .eml file, as saved from the mail client. */
    @Post("/email")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public HttpResponse<?> logEmail(HttpRequest<?> request, @Nullable @Part("file") CompletedFileUpload file,
                                    @Nullable @Part("category") String category, @Nullable @Part("ward") String ward,
                                    @Nullable @Part("csrf") String csrf) throws IOException {
        Session session = Sessions.of(request);
        Csrf.check(session, Map.of(Csrf.FIELD, csrf == null ? "" : csrf));
        try {
            Enquiry logged = backends.enquiries(session).logEmailedEnquiry(LogEmailedEnquiryRequest.newBuilder()
                    .setEml(com.google.protobuf.ByteString.copyFrom(file == null ? new byte[0] : file.getBytes()))
                    .setCategory(category == null ? "" : category.strip()).setWard(ward == null ? "" : ward.strip()).build());
            return HttpResponse.seeOther(URI.create("/enquiries/" + logged.getReference() + "?done=logged"));
        } catch (StatusRuntimeException e) {
            return pages.render(HttpStatus.BAD_REQUEST, request, "enquiry-new", newModel(session, FormErrors.of(e), Map.of()));
        }
    }

    @Get("/{reference}")
    public HttpResponse<String> enquiry(HttpRequest<?> request, String reference, @Nullable @QueryValue String done) {
        return pages.ok(request, "enquiry", enquiryModel(Sessions.of(request), reference, done, List.of(), Map.of()));
    }

    @Post("/{reference}/acceptance")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> accept(HttpRequest<?> request, String reference, @Body Map<String, String> form) {
        return change(request, reference, form, "accepted",
                session -> backends.enquiries(session).accept(AcceptRequest.newBuilder().setReference(reference).build()));
    }

    @Post("/{reference}/holding-reply")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> hold(HttpRequest<?> request, String reference, @Body Map<String, String> form) {
        return change(request, reference, form, "held", session -> backends.enquiries(session).recordHoldingReply(
                HoldingReplyRequest.newBuilder().setReference(reference).setReason(field(form, "reason"))
                        .setActionBeingTaken(field(form, "action_being_taken")).setNewDueDate(field(form, "new_due_date")).build()));
    }

    @Post("/{reference}/reassignment")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> reassign(HttpRequest<?> request, String reference, @Body Map<String, String> form) {
        return change(request, reference, form, "reassigned", session -> backends.enquiries(session).reassign(
                ReassignRequest.newBuilder().setReference(reference).setFromDepartment(field(form, "from_department"))
                        .setToDepartment(field(form, "to_department")).setReason(field(form, "reason")).build()));
    }

    @Post("/{reference}/response")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> respond(HttpRequest<?> request, String reference, @Body Map<String, String> form) {
        return change(request, reference, form, "responded", session -> backends.enquiries(session).respond(
                RespondRequest.newBuilder().setReference(reference).setResponse(field(form, "response")).build()));
    }

    @Post("/{reference}/alternative-deadline")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> agreeAlternative(HttpRequest<?> request, String reference, @Body Map<String, String> form) {
        return change(request, reference, form, "agreed", session -> backends.enquiries(session).agreeAlternativeDeadline(
                AlternativeDeadlineRequest.newBuilder().setReference(reference).setNewDueDate(field(form, "new_due_date"))
                        .setAgreedWith(field(form, "agreed_with")).setReason(field(form, "reason")).build()));
    }

    @Post("/{reference}/reclassification")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> reclassify(HttpRequest<?> request, String reference, @Body Map<String, String> form) {
        return change(request, reference, form, "reclassified", session -> backends.enquiries(session).reclassify(
                ReclassifyRequest.newBuilder().setReference(reference).setComplaintReference(field(form, "complaint_reference")).build()));
    }

    @Post("/{reference}/reopening")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> reopen(HttpRequest<?> request, String reference, @Body Map<String, String> form) {
        return change(request, reference, form, "reopened", session -> backends.enquiries(session).reopen(
                ReopenRequest.newBuilder().setReference(reference).setReason(field(form, "reason")).build()));
    }

    private HttpResponse<?> change(HttpRequest<?> request, String reference, Map<String, String> form, String done,
                                   Function<Session, Enquiry> call) {
        Session session = Sessions.of(request);
        Csrf.check(session, form);
        try {
            call.apply(session);
            // Reassigned away, the enquiry may no longer be the department's to see: back to the board.
            return HttpResponse.seeOther(URI.create(done.equals("reassigned") ? "/enquiries?reassigned=" + reference
                    : "/enquiries/" + reference + "?done=" + done));
        } catch (StatusRuntimeException e) {
            return pages.render(HttpStatus.BAD_REQUEST, request, "enquiry", enquiryModel(session, reference, null, FormErrors.of(e), form));
        }
    }

    private Map<String, Object> enquiryModel(Session session, String reference, String done, List<FormErrors.FieldError> errors,
                                             Map<String, String> form) {
        Enquiry enquiry = backends.enquiries(session).getEnquiry(GetEnquiryRequest.newBuilder().setReference(reference).build());
        return Page.model(session, "Enquiry " + reference, "enquiries", "enquiry", enquiry, "doneMessage", doneMessage(done, enquiry),
                "errors", errors, "form", form, "open", enquiry.getStatus().name().equals("OPEN"),
                "timeline", EnquiryTimeline.of(enquiry, emails(session, reference)));
    }

    /** The banner after a change: what was done, and the deadline where it moved. */
    static String doneMessage(@Nullable String done, Enquiry enquiry) {
        return switch (done == null ? "" : done) {
            case "logged" -> "Enquiry " + enquiry.getReference() + " logged: response due " + enquiry.getDueDate();
            case "responded" -> "Response sent";
            case "held" -> "Holding reply recorded";
            case "reassigned" -> "Enquiry reassigned";
            case "accepted" -> "Enquiry accepted";
            case "agreed" -> "New deadline agreed: response due " + enquiry.getDueDate();
            case "reclassified" -> "Reclassified as complaint " + enquiry.getComplaintReference();
            case "reopened" -> "Enquiry reopened: response due " + enquiry.getDueDate();
            default -> "";
        };
    }

    /** The emails about the enquiry, for the Hub (notifications-service shows them to nobody else). */
    private List<Reminder> emails(Session session, String reference) {
        if (!session.hub()) {
            return List.of();
        }
        try {
            return backends.reminders(session).listReminders(ListRemindersRequest
                    .newBuilder().setSubjectId(reference).build()).getRemindersList();
        } catch (StatusRuntimeException e) {
            return List.of();   // the timeline shows without them rather than failing
        }
    }

    /** open, overdue, due-soon, answered or complaint: how the board sorts an enquiry's state. */
    static String stateOf(Enquiry e, LocalDate today) {
        return switch (e.getStatus()) {
            case RESPONDED -> "answered";
            case RECLASSIFIED -> "complaint";
            default -> e.getOverdue() ? "overdue" : !LocalDate.parse(e.getDueDate()).isAfter(today.plusDays(DUE_SOON_DAYS)) ? "due-soon" : "open";
        };
    }

    private static String field(Map<String, String> form, String name) {
        return form.getOrDefault(name, "").strip();
    }
}
