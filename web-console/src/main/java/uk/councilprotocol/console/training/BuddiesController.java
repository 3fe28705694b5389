package uk.councilprotocol.console.training;

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
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import uk.councilprotocol.console.FormErrors;
import uk.councilprotocol.console.GovukDate;
import uk.councilprotocol.console.Page;
import uk.councilprotocol.console.Pages;
import uk.councilprotocol.console.backend.Backends;
import uk.councilprotocol.console.signin.Csrf;
import uk.councilprotocol.console.signin.Session;
import uk.councilprotocol.console.signin.Sessions;
import uk.councilprotocol.contracts.training.v1.BuddyPairing;
import uk.councilprotocol.contracts.training.v1.BuddySuggestion;
import uk.councilprotocol.contracts.training.v1.EndPairingRequest;
import uk.councilprotocol.contracts.training.v1.ListPairingsRequest;
import uk.councilprotocol.contracts.training.v1.ListPeopleRequest;
import uk.councilprotocol.contracts.training.v1.PairBuddiesRequest;
import uk.councilprotocol.contracts.training.v1.Person;
import uk.councilprotocol.contracts.training.v1.PersonKind;
import uk.councilprotocol.contracts.training.v1.RecordCheckInRequest;
import uk.councilprotocol.contracts.training.v1.SuggestBuddiesRequest;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Buddies for new councillors: HR chooses a new councillor, is offered experienced ones (their own group first) and
 * pairs them; either of the pair records their check-ins; HR ends a pairing. training-service decides who may do
 * what; the pages show its answers.
 */
@Controller("/training/buddies")
@ExecuteOn(TaskExecutors.BLOCKING)
public class BuddiesController {
    /** Councillors who joined within this many months are offered as new: training-service's own rule. */
    private static final int NEW_FOR_MONTHS = 12;

    private final Backends backends;
    private final Pages pages;
    private final Clock clock;

    public BuddiesController(Backends backends, Pages pages, Clock clock) {
        this.backends = backends;
        this.pages = pages;
        this.clock = clock;
    }

    /** The pairings the person may see; for HR, the form to pair someone (with suggestions once a newcomer is chosen). */
    @Get
    public HttpResponse<String> list(HttpRequest<?> request, @Nullable @QueryValue String newcomer) {
        Session session = Sessions.of(request);
        return pages.ok(request, "buddies", listModel(session, newcomer == null ? "" : newcomer.strip(), List.of(), Map.of()));
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> pair(HttpRequest<?> request, @Body Map<String, String> form) {
        Session session = Sessions.of(request);
        Csrf.check(session, form);
        String newcomer = form.getOrDefault("newcomer_id", "");
        try {
            BuddyPairing paired = backends.buddies(session).pairBuddies(PairBuddiesRequest.newBuilder()
                    .setNewcomerId(newcomer).setBuddyId(form.getOrDefault("buddy_id", "")).build());
            return HttpResponse.seeOther(URI.create("/training/buddies/" + paired.getId() + "?saved=paired"));
        } catch (StatusRuntimeException e) {
            return pages.render(HttpStatus.BAD_REQUEST, request, "buddies",
                    listModel(session, newcomer, MoreTimeController.errorsOf(e), form));
        }
    }

    @Get("/{pairingId}")
    public HttpResponse<String> show(HttpRequest<?> request, String pairingId, @Nullable @QueryValue String saved) {
        Session session = Sessions.of(request);
        return pages.ok(request, "buddy", pairingModel(session, find(session, pairingId), saved == null ? "" : saved, List.of(), Map.of()));
    }

    @Post("/{pairingId}/check-ins")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> checkIn(HttpRequest<?> request, String pairingId, @Body Map<String, String> form) {
        Session session = Sessions.of(request);
        Csrf.check(session, form);
        List<FormErrors.FieldError> errors = new ArrayList<>();
        String heldOn = GovukDate.iso(form, "held_on", errors);
        if (errors.isEmpty()) {
            try {
                backends.buddies(session).recordCheckIn(RecordCheckInRequest.newBuilder().setPairingId(pairingId)
                        .setHeldOn(heldOn).setNote(form.getOrDefault("note", "")).build());
                return HttpResponse.seeOther(URI.create("/training/buddies/" + pairingId + "?saved=check-in"));
            } catch (StatusRuntimeException e) {
                errors.addAll(MoreTimeController.errorsOf(e));
            }
        }
        return pages.render(HttpStatus.BAD_REQUEST, request, "buddy", pairingModel(session, find(session, pairingId), "", errors, form));
    }

    @Post("/{pairingId}/end")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> end(HttpRequest<?> request, String pairingId, @Body Map<String, String> form) {
        Session session = Sessions.of(request);
        Csrf.check(session, form);
        try {
            backends.buddies(session).endPairing(EndPairingRequest.newBuilder().setPairingId(pairingId)
                    .setReason(form.getOrDefault("reason", "")).build());
            return HttpResponse.seeOther(URI.create("/training/buddies/" + pairingId + "?saved=ended"));
        } catch (StatusRuntimeException e) {
            return pages.render(HttpStatus.BAD_REQUEST, request, "buddy",
                    pairingModel(session, find(session, pairingId), "", MoreTimeController.errorsOf(e), form));
        }
    }

    private BuddyPairing find(Session session, String pairingId) {
        return backends.buddies(session).listPairings(ListPairingsRequest.newBuilder().setIncludeEnded(true).build())
                .getPairingsList().stream().filter(p -> p.getId().equals(pairingId)).findFirst()
                .orElseThrow(() -> io.grpc.Status.NOT_FOUND.withDescription("There is no such pairing of yours.").asRuntimeException());
    }

    private Map<String, Object> listModel(Session session, String newcomer, List<FormErrors.FieldError> errors, Map<String, String> form) {
        List<BuddyPairing> pairings = backends.buddies(session).listPairings(ListPairingsRequest.getDefaultInstance()).getPairingsList();
        List<Person> newcomers = List.of();
        List<BuddySuggestion> suggestions = List.of();
        if (session.managesTraining()) {
            newcomers = unpaired(session, pairings);
            if (!newcomer.isEmpty()) {
                suggestions = backends.buddies(session).suggestBuddies(SuggestBuddiesRequest.newBuilder().setNewcomerId(newcomer).build())
                        .getSuggestionsList();
            }
        }
        return Page.model(session, "Buddies for new councillors", "buddies", "pairings", pairings, "newcomers", newcomers,
                "newcomer", newcomer, "suggestions", suggestions, "errors", errors, "form", form);
    }

    /** Active councillors who joined within the last year and have no buddy now, newest first. */
    private List<Person> unpaired(Session session, List<BuddyPairing> pairings) {
        Set<String> paired = pairings.stream().map(BuddyPairing::getNewcomerId).collect(Collectors.toSet());
        LocalDate since = LocalDate.now(clock).minusMonths(NEW_FOR_MONTHS);
        return backends.roster(session).listPeople(ListPeopleRequest.newBuilder().setKind(PersonKind.COUNCILLOR).build())
                .getPeopleList().stream()
                .filter(p -> !paired.contains(p.getId()) && LocalDate.parse(p.getStartDate()).isAfter(since))
                .sorted(Comparator.comparing(Person::getStartDate).reversed())
                .toList();
    }

    private static Map<String, Object> pairingModel(Session session, BuddyPairing pairing, String saved,
                                                    List<FormErrors.FieldError> errors, Map<String, String> form) {
        boolean current = pairing.getEndedAt().isEmpty();
        boolean ofThePair = session.personId().equals(pairing.getNewcomerId()) || session.personId().equals(pairing.getBuddyId());
        return Page.model(session, "Buddy pairing", "buddies", "pairing", pairing, "saved", saved, "errors", errors, "form", form,
                "mayRecord", current && (ofThePair || session.managesTraining()), "mayEnd", current && session.managesTraining());
    }
}
