package uk.councilprotocol.training.buddies;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.councilprotocol.contracts.training.v1.BuddyCheckInRecorded;
import uk.councilprotocol.contracts.training.v1.BuddyPaired;
import uk.councilprotocol.contracts.training.v1.BuddyPairingEnded;
import uk.councilprotocol.platform.errors.ConflictException;
import uk.councilprotocol.platform.errors.NotFoundException;
import uk.councilprotocol.platform.errors.RequestChecks;
import uk.councilprotocol.platform.errors.Validation;
import uk.councilprotocol.platform.outbox.Outbox;
import uk.councilprotocol.platform.security.Caller;
import uk.councilprotocol.platform.security.ForbiddenException;
import uk.councilprotocol.platform.security.Roles;
import uk.councilprotocol.training.assignments.AssignmentPlanner;
import uk.councilprotocol.training.roster.Person;
import uk.councilprotocol.training.roster.PersonKind;
import uk.councilprotocol.training.roster.PersonRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Buddies for new councillors (the council's own plan asks for them): HR pairs a councillor who joined within the
 * last year with one who has served a year or more, for six months of check-ins. Either of the pair, or HR, records
 * each check-in; notifications-service tells both of the pairing and reminds them monthly. Every step is published.
 */
@Singleton
public class Buddies {
    /** A councillor who joined within this many months is new; one who joined longer ago is experienced. */
    static final int NEW_FOR_MONTHS = 12;
    /** How long a pairing's check-ins run. */
    static final int CHECK_IN_MONTHS = 6;
    static final int SUGGESTIONS = 10;

    private final BuddyPairingRepository pairings;
    private final BuddyCheckInRepository checkIns;
    private final PersonRepository people;
    private final Outbox outbox;
    private final RequestChecks requestChecks;
    private final Clock clock;

    public Buddies(BuddyPairingRepository pairings, BuddyCheckInRepository checkIns, PersonRepository people, Outbox outbox,
                   RequestChecks requestChecks, Clock clock) {
        this.pairings = pairings;
        this.checkIns = checkIns;
        this.people = people;
        this.outbox = outbox;
        this.requestChecks = requestChecks;
        this.clock = clock;
    }

    /**
     * Experienced councillors who could buddy this new one: those who share most with them (their ward, their
     * political group) first, then those buddying fewest.
     */
    @Transactional(readOnly = true)
    public List<BuddySuggestion> suggest(String newcomerId, Caller caller) {
        caller.require(Roles.HR, Roles.ADMIN);
        Validation check = Validation.start();
        Person newcomer = newcomer(check, Validation.optional(newcomerId), people.findById(Objects.toString(newcomerId, "").strip()));
        check.throwIfInvalid();
        Map<String, Long> loads = pairings.find(false, null).stream()
                .collect(Collectors.groupingBy(BuddyPairing::buddyId, Collectors.counting()));
        return people.findCouncillorsJoinedBy(experiencedBy()).stream()
                .filter(p -> !p.id().equals(newcomer.id()))
                .sorted(Comparator.<Person>comparingInt(p -> -inCommon(newcomer, p).size())
                        .thenComparing(p -> loads.getOrDefault(p.id(), 0L))
                        .thenComparing(Person::startDate)
                        .thenComparing(Person::fullName))
                .limit(SUGGESTIONS)
                .map(p -> suggestion(p, inCommon(newcomer, p), loads.getOrDefault(p.id(), 0L).intValue()))
                .toList();
    }

    /** What a possible buddy shares with the new councillor, as the reason will say it: "ward (Mill End)", "group (…)". */
    static List<String> inCommon(Person newcomer, Person buddy) {
        List<String> shared = new java.util.ArrayList<>(2);
        if (newcomer.ward() != null && newcomer.ward().equalsIgnoreCase(Objects.toString(buddy.ward(), ""))) {
            shared.add("ward (" + newcomer.ward() + ")");
        }
        if (newcomer.politicalGroup() != null && newcomer.politicalGroup().equals(buddy.politicalGroup())) {
            shared.add("group (" + newcomer.politicalGroup() + ")");
        }
        return shared;
    }

    @Transactional
    public BuddyView pair(PairingAsk ask, Caller caller) {
        caller.require(Roles.HR, Roles.ADMIN);
        Validation check = requestChecks.start(ask);
        String newcomerId = Validation.optional(ask.newcomerId());
        String buddyId = Validation.optional(ask.buddyId());
        // locked, so that of two pairings of one newcomer sent at once the second finds the first (409), not a duplicate key
        Person newcomer = check.has("newcomer_id") ? null : newcomer(check, newcomerId, people.lock(newcomerId));
        Person buddy = check.has("buddy_id") ? null : buddy(check, buddyId, newcomerId);
        check.throwIfInvalid();
        pairings.find(false, newcomer.id()).stream().filter(p -> p.newcomerId().equals(newcomer.id())).findFirst().ifPresent(p -> {
            throw new ConflictException(newcomer.fullName() + " already has a buddy, " + name(p.buddyId())
                    + ", since " + p.startsOn() + "; end that pairing first");
        });
        LocalDate today = LocalDate.now(clock);
        BuddyPairing pairing = pairings.save(new BuddyPairing(UUID.randomUUID(), newcomer.id(), buddy.id(), today,
                today.plusMonths(CHECK_IN_MONTHS), caller.subject(), clock.instant(), null, null, null));
        BuddyView view = new BuddyView(pairing, newcomer.fullName(), buddy.fullName(), List.of());
        outbox.append(AssignmentPlanner.AGGREGATE, newcomer.id(), BuddyPaired.newBuilder().setPairing(view.toProto()).build());
        return view;
    }

    @Transactional
    public BuddyView recordCheckIn(String pairingId, CheckInAsk ask, Caller caller) {
        Validation check = requestChecks.start(ask);
        BuddyPairing pairing = pairings.lock(Validation.id("pairing_id", pairingId))
                .orElseThrow(() -> new NotFoundException("Buddy pairing", pairingId));
        if (!(pairing.involves(caller.personId()) || caller.hasAny(Roles.HR, Roles.ADMIN))) {
            throw new ForbiddenException("only the new councillor, their buddy or HR may record a check-in");
        }
        LocalDate heldOn = check.date("held_on", ask.heldOn(), true);
        if (heldOn != null && heldOn.isAfter(LocalDate.now(clock))) {
            check.reject("held_on", heldOn + " is in the future: record a check-in once it has been held");
        } else if (heldOn != null && heldOn.isBefore(pairing.startsOn())) {
            check.reject("held_on", heldOn + " is before the pairing began, on " + pairing.startsOn());
        }
        check.throwIfInvalid();
        if (!pairing.current()) {
            throw new ConflictException("the pairing was ended by " + pairing.endedBy() + " on " + pairing.endedAt());
        }
        checkIns.save(new BuddyCheckIn(UUID.randomUUID(), pairing.id(), heldOn, Validation.optional(ask.note()),
                caller.subject(), clock.instant()));
        BuddyView view = view(pairing);
        outbox.append(AssignmentPlanner.AGGREGATE, pairing.newcomerId(), BuddyCheckInRecorded.newBuilder().setPairing(view.toProto()).build());
        return view;
    }

    @Transactional
    public BuddyView end(String pairingId, EndAsk ask, Caller caller) {
        caller.require(Roles.HR, Roles.ADMIN);
        Validation check = requestChecks.start(ask);
        BuddyPairing pairing = pairings.lock(Validation.id("pairing_id", pairingId))
                .orElseThrow(() -> new NotFoundException("Buddy pairing", pairingId));
        check.throwIfInvalid();
        if (!pairing.current()) {
            throw new ConflictException("the pairing was already ended by " + pairing.endedBy() + " on " + pairing.endedAt());
        }
        BuddyView view = view(pairings.update(pairing.ended(caller.subject(), clock.instant(), ask.reason().strip())));
        outbox.append(AssignmentPlanner.AGGREGATE, pairing.newcomerId(), BuddyPairingEnded.newBuilder().setPairing(view.toProto()).build());
        return view;
    }

    @Transactional(readOnly = true)
    public BuddyView get(String pairingId, Caller caller) {
        BuddyPairing pairing = pairings.findById(Validation.id("pairing_id", pairingId))
                .orElseThrow(() -> new NotFoundException("Buddy pairing", pairingId));
        if (!(mayReadAll(caller) || pairing.involves(caller.personId()))) {
            throw new ForbiddenException("only the pair, HR and the Monitoring Officer's team may see a pairing");
        }
        return view(pairing);
    }

    /** HR and the Monitoring Officer's team see every pairing; anyone else those they are in. Newest first. */
    @Transactional(readOnly = true)
    public List<BuddyView> list(boolean includeEnded, Caller caller) {
        List<BuddyPairing> found = pairings.find(includeEnded, mayReadAll(caller) ? null : caller.personId());
        if (found.isEmpty()) {
            return List.of();
        }
        Map<String, String> names = people.findByIdIn(found.stream().flatMap(p -> Stream.of(p.newcomerId(), p.buddyId())).distinct().toList())
                .stream().collect(Collectors.toMap(Person::id, Person::fullName));
        Map<UUID, List<BuddyCheckIn>> held = checkIns.findHeldIn(found.stream().map(BuddyPairing::id).toList())
                .stream().collect(Collectors.groupingBy(BuddyCheckIn::pairingId));
        return found.stream().map(p -> new BuddyView(p, names.get(p.newcomerId()), names.get(p.buddyId()),
                held.getOrDefault(p.id(), List.of()))).toList();
    }

    private static boolean mayReadAll(Caller caller) {
        return caller.hasAny(Roles.HR, Roles.ADMIN, Roles.STANDARDS);
    }

    private LocalDate experiencedBy() {
        return LocalDate.now(clock).minusMonths(NEW_FOR_MONTHS);
    }

    /** The new councillor: active, a councillor, and joined within the last year. */
    private Person newcomer(Validation check, String id, Optional<Person> found) {
        if (id == null) {
            check.reject("newcomer_id", "is required: the new councillor's roster id");
            return null;
        }
        Person person = found.orElse(null);
        if (person == null) {
            check.reject("newcomer_id", "no one on the roster has the id " + id);
        } else if (person.kind() != PersonKind.COUNCILLOR || !person.active()) {
            check.reject("newcomer_id", person.fullName() + " is not an active councillor");
        } else if (!person.startDate().isAfter(experiencedBy())) {
            check.reject("newcomer_id", person.fullName() + " joined on " + person.startDate()
                    + ", more than " + NEW_FOR_MONTHS + " months ago: buddies are for new councillors");
        }
        return person;
    }

    /** The buddy: an active councillor, not the newcomer, who has served a year or more. */
    private Person buddy(Validation check, String id, String newcomerId) {
        Person person = people.findById(id).orElse(null);
        if (person == null) {
            check.reject("buddy_id", "no one on the roster has the id " + id);
        } else if (person.id().equals(newcomerId)) {
            check.reject("buddy_id", "is the new councillor: a buddy is someone else");
        } else if (person.kind() != PersonKind.COUNCILLOR || !person.active()) {
            check.reject("buddy_id", person.fullName() + " is not an active councillor");
        } else if (person.startDate().isAfter(experiencedBy())) {
            check.reject("buddy_id", person.fullName() + " joined on " + person.startDate()
                    + ": a buddy has served " + NEW_FOR_MONTHS + " months or more");
        }
        return person;
    }

    private BuddySuggestion suggestion(Person p, List<String> inCommon, int load) {
        String why = (inCommon.isEmpty() ? "" : "Same " + String.join(", same ", inCommon) + "; ")
                + (load == 0 ? "buddying no one now" : "buddying " + load + " now")
                + "; a councillor since " + p.startDate().getYear();
        return new BuddySuggestion(p.id(), p.fullName(), p.politicalGroup(), p.startDate(), load, why);
    }

    private String name(String personId) {
        return people.findById(personId).map(Person::fullName).orElse(personId);
    }

    private BuddyView view(BuddyPairing pairing) {
        return new BuddyView(pairing, name(pairing.newcomerId()), name(pairing.buddyId()),
                checkIns.findHeldIn(List.of(pairing.id())));
    }
}
