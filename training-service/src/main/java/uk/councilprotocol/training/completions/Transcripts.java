package uk.councilprotocol.training.completions;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.councilprotocol.platform.errors.NotFoundException;
import uk.councilprotocol.platform.errors.Validation;
import uk.councilprotocol.platform.security.Caller;
import uk.councilprotocol.platform.tables.PagePdf;
import uk.councilprotocol.training.assignments.AssignmentRepository;
import uk.councilprotocol.training.assignments.AssignmentStatus;
import uk.councilprotocol.training.courses.CourseCatalogue;
import uk.councilprotocol.training.roster.Person;
import uk.councilprotocol.training.roster.PersonAccess;
import uk.councilprotocol.training.roster.PersonRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * A person's training transcript as a PDF they can keep or hand on: what they completed (withdrawn completions left
 * out), until when it counts, and what is due. Whoever may read their training record may have it.
 */
@Singleton
public class Transcripts {
    private final PersonRepository people;
    private final CompletionRepository completions;
    private final AssignmentRepository assignments;
    private final CourseCatalogue courses;
    private final Clock clock;

    public Transcripts(PersonRepository people, CompletionRepository completions, AssignmentRepository assignments,
                       CourseCatalogue courses, Clock clock) {
        this.people = people;
        this.completions = completions;
        this.assignments = assignments;
        this.courses = courses;
        this.clock = clock;
    }

    public record Transcript(String fileName, byte[] pdf) {
    }

    @Transactional(readOnly = true)
    public Transcript of(String personId, Caller caller) {
        Validation check = Validation.start();
        String id = check.required("person_id", personId);
        check.throwIfInvalid();
        Person person = people.findById(id).orElseThrow(() -> new NotFoundException("Person", id));
        PersonAccess.requireRead(caller, person);
        LocalDate today = LocalDate.now(clock);
        List<Completion> done = completions.findByPersonIdOrderByCompletedOnDesc(id).stream()
                .filter(c -> !c.withdrawn()).toList();
        var due = assignments.findByPersonIdInAndStatus(List.of(id), AssignmentStatus.OPEN).stream()
                .sorted(Comparator.comparing(a -> a.dueDate())).toList();
        String html = TranscriptPage.html(person, done, due, courses.byCode(), today);
        return new Transcript("training-record-" + id + "-" + today + ".pdf", PagePdf.of(html));
    }
}
