package uk.councilprotocol.notifications.templates;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import uk.councilprotocol.contracts.notifications.v1.NoticeTemplateSaved;
import uk.councilprotocol.notifications.mail.Letter;
import uk.councilprotocol.notifications.mail.OutgoingMail;
import uk.councilprotocol.notifications.voice.CouncilVoices;
import uk.councilprotocol.platform.errors.ConflictException;
import uk.councilprotocol.platform.errors.InvalidInputException;
import uk.councilprotocol.platform.errors.NotFoundException;
import uk.councilprotocol.platform.errors.Validation;
import uk.councilprotocol.platform.outbox.Outbox;
import uk.councilprotocol.platform.security.Caller;
import uk.councilprotocol.platform.security.Roles;
import uk.councilprotocol.platform.tenancy.Councils;
import uk.councilprotocol.platform.tenancy.ForgetOnCompletion;
import uk.councilprotocol.platform.tenancy.PerCouncil;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A council's wording for each kind of email ({@link NoticeKind}): its admin saves versions (placeholders checked
 * first), previews a draft against the council's own data, and every email of that kind uses the newest version
 * (every replica within two seconds, as {@link PerCouncil} keeps it). No version: the platform's wording.
 */
@Singleton
public class NoticeTemplates {
    public static final String AGGREGATE = "council";
    static final int LONGEST_SUBJECT = 200;
    static final int LONGEST_BODY = 5000;

    /** An email's words filled in: its subject and its paragraphs. */
    public record Filled(String subject, List<String> paragraphs) {
    }

    private final StoredTemplateRepository stored;
    private final PerCouncil<Map<String, StoredTemplate>> newest;
    private final Map<NoticeKind, TemplateSamples> samples;
    private final CouncilVoices voices;
    private final Councils councils;
    private final Outbox outbox;
    private final Clock clock;

    public NoticeTemplates(StoredTemplateRepository stored, List<TemplateSamples> samples, CouncilVoices voices,
                           Councils councils, Outbox outbox, Clock clock, ForgetOnCompletion forgetting) {
        this.stored = stored;
        this.newest = forgetting.keep(() -> stored.findNewestOfEachKind().stream()
                .collect(Collectors.toMap(StoredTemplate::kind, Function.identity())));
        this.samples = samples.stream().flatMap(s -> s.kinds().stream().map(k -> Map.entry(k, s)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        this.voices = voices;
        this.councils = councils;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The email of this kind as the council words it, filled with {@code values}. */
    public Filled write(NoticeKind kind, Map<String, String> values) {
        return fill(inEffect(kind), values);
    }

    private Wording inEffect(NoticeKind kind) {
        StoredTemplate own = newest.current().get(kind.key());
        return own == null ? kind.platformDefault() : own.wording();
    }

    private static Filled fill(Wording wording, Map<String, String> values) {
        return new Filled(Placeholders.fill(wording.subject(), values).strip(), Wording.paragraphs(Placeholders.fill(wording.body(), values)));
    }

    public List<TemplateViews.Summary> list(Caller caller) {
        caller.require(Roles.ADMIN);
        Map<String, StoredTemplate> own = newest.current();
        return Arrays.stream(NoticeKind.values()).map(kind -> summary(kind, own.get(kind.key()))).toList();
    }

    public TemplateViews.Template view(String kindKey, Caller caller) {
        caller.require(Roles.ADMIN);
        NoticeKind kind = kind(kindKey);
        List<StoredTemplate> versions = stored.findByKindOrderByVersionDesc(kind.key());
        return new TemplateViews.Template(summary(kind, versions.isEmpty() ? null : versions.get(0)),
                kind.placeholders().entrySet().stream().map(p -> new TemplateViews.Placeholder(p.getKey(), p.getValue())).toList(),
                versions.isEmpty() ? kind.platformDefault() : versions.get(0).wording(), kind.platformDefault(),
                versions.stream().map(v -> new TemplateViews.Version(v.version(), v.wording(), v.savedAt(), v.savedBy())).toList());
    }

    @Transactional
    public TemplateViews.Template save(String kindKey, @Nullable Wording draft, @Nullable Integer basedOnVersion, Caller caller) {
        caller.require(Roles.ADMIN);
        NoticeKind kind = kind(kindKey);
        if (basedOnVersion != null && basedOnVersion < 0) {
            throw InvalidInputException.of("based_on_version", "must be a version number, or 0 for the platform's wording");
        }
        Wording wording = checked(kind, draft);
        List<StoredTemplate> versions = stored.findByKindOrderByVersionDesc(kind.key());
        if (!versions.isEmpty() && versions.get(0).wording().equals(wording)) {
            return view(kind.key(), caller);   // saved twice (a double click, a retried call): one version
        }
        // two admins editing at once: the second is told, rather than silently replacing the first one's words
        if (basedOnVersion != null && !versions.isEmpty() && versions.get(0).version() != basedOnVersion) {
            StoredTemplate newer = versions.get(0);
            throw new ConflictException("version " + newer.version() + " was saved by " + newer.savedBy() + " at "
                    + newer.savedAt() + " since you started from " + (basedOnVersion == 0 ? "the platform's wording"
                    : "version " + basedOnVersion) + ": look at it, then save again");
        }
        int version = versions.isEmpty() ? 1 : versions.get(0).version() + 1;
        try {
            stored.save(new StoredTemplate(UUID.randomUUID(), kind.key(), version, wording.subject(), wording.body(), clock.instant(), caller.subject()));
        } catch (DataAccessException e) {
            throw new ConflictException("another version of " + kind.key() + " was saved at the same moment: look at it, then save again");
        }
        outbox.append(AGGREGATE, councils.current(), NoticeTemplateSaved.newBuilder().setKind(kind.key()).setVersion(version)
                .setSubject(wording.subject()).setBody(wording.body()).setSavedBy(caller.subject()).build());
        newest.changed();
        return view(kind.key(), caller);
    }

    /** The email a draft would make, filled from the council's own data; saves nothing. */
    public TemplateViews.Preview preview(String kindKey, @Nullable Wording draft, Caller caller) {
        caller.require(Roles.ADMIN);
        NoticeKind kind = kind(kindKey);
        Wording wording = checked(kind, draft);
        TemplateSamples.Sample sample = samples.get(kind).sample(kind);
        Filled filled = fill(wording, sample.values());
        OutgoingMail mail = Letter.compose("", List.of(), filled.subject(), sample.recipientName(), filled.paragraphs(), "",
                voices.current());
        return new TemplateViews.Preview(mail.subject(), mail.text(), Letter.withLogoInline(mail), sample.filledFrom());
    }

    private static NoticeKind kind(String key) {
        return NoticeKind.byKey(key).orElseThrow(() -> new NotFoundException("email template", key));
    }

    /** Both parts present, within bounds, and naming only the kind's placeholders; each problem named by its field. */
    private static Wording checked(NoticeKind kind, @Nullable Wording draft) {
        Validation check = Validation.start();
        String subject = check.required("subject", draft == null ? null : draft.subject());
        String body = check.required("body", draft == null ? null : draft.body());
        if (subject != null) {
            subject = subject.strip();
            if (subject.length() > LONGEST_SUBJECT || subject.chars().anyMatch(Character::isISOControl)) {
                check.reject("subject", "must be one line of at most " + LONGEST_SUBJECT + " characters");
            } else {
                Placeholders.check("subject", subject, kind.placeholders().keySet(), check);
            }
        }
        if (body != null) {
            body = body.strip().replace("\r\n", "\n");
            if (body.length() > LONGEST_BODY || body.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
                check.reject("body", "must be plain text of at most " + LONGEST_BODY + " characters");
            } else {
                Placeholders.check("body", body, kind.placeholders().keySet(), check);
            }
        }
        check.throwIfInvalid();
        return new Wording(subject, body);
    }

    private static TemplateViews.Summary summary(NoticeKind kind, @Nullable StoredTemplate newestVersion) {
        return newestVersion == null ? new TemplateViews.Summary(kind.key(), kind.title(), 0, null, null)
                : new TemplateViews.Summary(kind.key(), kind.title(), newestVersion.version(), newestVersion.savedAt(), newestVersion.savedBy());
    }
}
