package uk.councilprotocol.notifications.training;

import jakarta.inject.Singleton;
import uk.councilprotocol.notifications.contacts.Contact;
import uk.councilprotocol.notifications.contacts.ContactBook;
import uk.councilprotocol.notifications.templates.NoticeKind;
import uk.councilprotocol.notifications.templates.TemplateSamples;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The previews of the emails about a request for more time and about HR's change to a completion, filled from the
 * council's latest request or change of the kind; an example when it has none.
 */
@Singleton
class TrainingNoticeSamples implements TemplateSamples {
    private static final String COURSE = "Nolan Principles of Public Life";

    private final TrainingExtensionRepository extensions;
    private final CompletionChangeRepository changes;
    private final TrainingAssignmentRepository assignments;
    private final ContactBook contacts;
    private final Clock clock;

    TrainingNoticeSamples(TrainingExtensionRepository extensions, CompletionChangeRepository changes,
                          TrainingAssignmentRepository assignments, ContactBook contacts, Clock clock) {
        this.contacts = contacts;
        this.extensions = extensions;
        this.changes = changes;
        this.assignments = assignments;
        this.clock = clock;
    }

    @Override
    public Set<NoticeKind> kinds() {
        return Set.of(NoticeKind.TRAINING_EXTENSION_REQUESTED, NoticeKind.TRAINING_EXTENSION_APPROVED,
                NoticeKind.TRAINING_EXTENSION_DECLINED, NoticeKind.TRAINING_COMPLETION_CORRECTED,
                NoticeKind.TRAINING_COMPLETION_WITHDRAWN);
    }

    @Override
    public Sample sample(NoticeKind kind) {
        return switch (kind) {
            case TRAINING_EXTENSION_REQUESTED -> extension("PENDING", kind);
            case TRAINING_EXTENSION_APPROVED -> extension("APPROVED", kind);
            case TRAINING_EXTENSION_DECLINED -> extension("DECLINED", kind);
            case TRAINING_COMPLETION_CORRECTED -> change(CompletionChangeNotices.CORRECTED);
            default -> change(CompletionChangeNotices.WITHDRAWN);
        };
    }

    private Sample extension(String status, NoticeKind kind) {
        boolean toApprover = kind == NoticeKind.TRAINING_EXTENSION_REQUESTED;
        Optional<TrainingExtension> real = extensions.findFirstByStatusOrderByUpdatedAtDesc(status);
        LocalDate today = LocalDate.now(clock);
        TrainingExtension e = real.orElseGet(() -> new TrainingExtension(new UUID(0, 0), "EXAMPLE", "Alex Example", COURSE,
                "MANAGER", "line manager", today.plusDays(14), today.plusDays(60), "On jury service for six weeks", status,
                null, Instant.now(clock)));
        String recipient = toApprover ? nameOf(e.approverId(), "Sam Manager") : e.personName();
        Map<String, String> values = ExtensionNoticeContent.values(e, recipient);
        return new Sample(recipient, values, real.isPresent()
                ? e.personName() + "'s request for more time on " + e.courseTitle()
                : "an example: your council has no request for more time " + (toApprover ? "waiting" : status.toLowerCase()));
    }

    private String nameOf(String personId, String example) {
        return personId == null ? "HR" : contacts.find(personId).map(Contact::fullName).orElse(example);
    }

    private Sample change(String kind) {
        Optional<CompletionChange> real = changes.findFirstByKindOrderByChangedAtDesc(kind);
        LocalDate today = LocalDate.now(clock);
        CompletionChange c = real.orElseGet(() -> new CompletionChange(new UUID(0, 0), new UUID(0, 0), "EXAMPLE",
                "NOLAN_PRINCIPLES", kind, today.minusDays(10), CompletionChangeNotices.CORRECTED.equals(kind) ? today.minusDays(12) : null,
                "The provider's register gives the earlier date", Instant.now(clock)));
        String course = assignments.findFirstByPersonIdAndCourseCodeOrderByDueDateDesc(c.personId(), c.courseCode())
                .map(TrainingAssignment::courseTitle).orElse(real.isPresent() ? c.courseCode() : COURSE);
        String recipient = nameOf(c.personId(), "Alex Example");
        return new Sample(recipient, CompletionChangeContent.values(c, course, recipient), real.isPresent()
                ? "HR's latest " + (CompletionChangeNotices.WITHDRAWN.equals(kind) ? "withdrawal" : "correction") + ", of " + course
                : "an example: your council's HR has " + (CompletionChangeNotices.WITHDRAWN.equals(kind)
                ? "withdrawn no completion" : "corrected no completion"));
    }
}
