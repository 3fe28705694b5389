package uk.councilprotocol.enquiries.absence;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import uk.councilprotocol.enquiries.councillors.Officer;
import uk.councilprotocol.enquiries.councillors.OfficerRepository;
import uk.councilprotocol.platform.errors.ConflictException;
import uk.councilprotocol.platform.errors.NotFoundException;
import uk.councilprotocol.platform.errors.RequestChecks;
import uk.councilprotocol.platform.errors.Validation;
import uk.councilprotocol.platform.security.Caller;
import uk.councilprotocol.platform.security.ForbiddenException;
import uk.councilprotocol.platform.security.Roles;
import uk.councilprotocol.platform.tenancy.Councils;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Protocol 9.1.6: the Hub (or the officer's department) records an absence and who covers; once it has begun,
 * the officer's open enquiries move to the cover, and new ones are routed there until it ends.
 */
@Singleton
public class AbsenceCover {
    private static final Caller SYSTEM = Caller.system("absence-cover", Set.of(Roles.HUB));

    private final AbsenceRepository absences;
    private final OfficerRepository officers;
    private final CoverHandover handover;
    private final Clock clock;
    private final Councils councils;
    private final RequestChecks requestChecks;

    public AbsenceCover(AbsenceRepository absences, OfficerRepository officers, CoverHandover handover, Clock clock,
                        Councils councils, RequestChecks requestChecks) {
        this.councils = councils;
        this.requestChecks = requestChecks;
        this.absences = absences;
        this.officers = officers;
        this.handover = handover;
        this.clock = clock;
    }

    @Serdeable
    public record Recorded(Absence absence, int enquiriesMoved) {
    }

    @Transactional
    public Recorded record(AbsenceRequest request, Caller caller) {
        Validation check = requestChecks.start(request);
        String officerId = Validation.optional(request.officerId());
        String cover = Validation.optional(request.coverOfficerId());
        LocalDate starts = check.has("starts_on") ? null : check.date("starts_on", request.startsOn(), true);
        LocalDate ends = check.has("ends_on") ? null : check.date("ends_on", request.endsOn(), true);
        if (starts != null && ends != null && ends.isBefore(starts)) {
            check.reject("ends_on", "is before starts_on");
        }
        if (officerId != null && officerId.equals(cover)) {
            check.reject("cover_officer_id", "cannot be the absent officer");
        }
        Optional<Officer> officer = officerId == null ? Optional.empty() : officers.findById(officerId);
        if (officerId != null && officer.isEmpty()) {
            check.reject("officer_id", "'" + officerId + "' is not an officer on the roster");
        }
        if (cover != null && officers.findById(cover).filter(Officer::active).isEmpty()) {
            check.reject("cover_officer_id", "'" + cover + "' is not an active officer on the roster");
        }
        check.throwIfInvalid();
        if (!(caller.hasAny(Roles.HUB, Roles.ADMIN) || caller.actsFor(officer.get().department()))) {
            throw new ForbiddenException("only the Hub or the officer's department records their absence");
        }
        Absence absence = absences.save(new Absence(UUID.randomUUID(), officerId, starts, ends, cover, caller.subject(),
                null, clock.instant()));
        int moved = absence.covers(LocalDate.now(clock)) ? apply(absence) : 0;
        return new Recorded(absence, moved);
    }

    /**
     * The officer is back sooner than planned: the absence ends yesterday, so from today new enquiries route to them
     * again (those already moved stay with the cover, who has them in hand); one that had not begun is withdrawn.
     */
    @Transactional
    public Optional<Absence> end(UUID id, Caller caller) {
        Absence absence = absences.findById(id).orElseThrow(() -> new NotFoundException("Absence", id.toString()));
        Optional<Officer> officer = officers.findById(absence.officerId());
        if (!(caller.hasAny(Roles.HUB, Roles.ADMIN) || officer.map(o -> caller.actsFor(o.department())).orElse(false))) {
            throw new ForbiddenException("only the Hub or the officer's department ends their absence");
        }
        LocalDate today = LocalDate.now(clock);
        if (absence.endsOn().isBefore(today)) {
            throw new ConflictException("that absence already ended on " + absence.endsOn());
        }
        if (!absence.startsOn().isBefore(today)) {
            absences.delete(absence);
            return Optional.empty();
        }
        return Optional.of(absences.update(absence.endingOn(today.minusDays(1))));
    }

    public List<Absence> all() {
        return absences.listOrderByStartsOn();
    }

    @Scheduled(fixedDelay = "${enquiries.escalation-scan-interval:5m}", initialDelay = "15s")
    void applyStartedAbsences() {
        councils.forEachServed(this::applyStartedAbsencesOfCouncil);
    }

    @Transactional
    void applyStartedAbsencesOfCouncil() {
        absences.lockStartedUnapplied(LocalDate.now(clock)).forEach(this::apply);
    }

    private int apply(Absence absence) {
        int moved = handover.coverFor(absence.officerId(), absence.coverOfficerId(), SYSTEM);
        absences.update(absence.applied(clock.instant()));
        return moved;
    }
}
