package uk.councilprotocol.notifications.voice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import uk.councilprotocol.contracts.notifications.v1.CouncilVoiceChanged;
import uk.councilprotocol.platform.errors.Validation;
import uk.councilprotocol.platform.grpc.Protos;
import uk.councilprotocol.platform.outbox.Outbox;
import uk.councilprotocol.platform.security.Caller;
import uk.councilprotocol.platform.security.ForbiddenException;
import uk.councilprotocol.platform.security.Roles;
import uk.councilprotocol.platform.tenancy.Councils;
import uk.councilprotocol.platform.tenancy.OwnSettings;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.Objects;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A council's admin sets how its emails speak: its name, the sender's display name (the address stays the
 * deployment's, which the mail relay is allowed to send as), where replies go, a sign-off, and the days before a due
 * date its reminders go. Emails sent from then on use them (every replica within two seconds); reminders already
 * planned keep their dates, and those planned from then on take the new days.
 */
@Singleton
public class VoiceChoices {
    public static final String AGGREGATE = "council";
    private static final int MOST_DAYS = 5;
    private static final int LONGEST_TEXT = 200;

    /**
     * The council's own choices (empty where it keeps the deployment's), what its emails use, and how they leave
     * ({@link MailChannelOf}: set by the operator, not the admin).
     */
    @Serdeable
    public record CouncilVoiceView(VoiceChoice own, VoiceChoice inEffect, @Nullable Instant updatedAt, @Nullable String updatedBy,
                                   String mailChannel) {
    }

    private final StoredVoiceRepository stored;
    private final CouncilVoices voices;
    private final Councils councils;
    private final Outbox outbox;
    private final Clock clock;
    private final MailChannelOf mailChannel;

    public VoiceChoices(StoredVoiceRepository stored, CouncilVoices voices, Councils councils, Outbox outbox, Clock clock,
                        MailChannelOf mailChannel) {
        this.mailChannel = mailChannel;
        this.stored = stored;
        this.voices = voices;
        this.councils = councils;
        this.outbox = outbox;
        this.clock = clock;
    }

    public CouncilVoiceView view(Caller caller) {
        caller.require(Roles.ADMIN);
        Optional<StoredVoice> own = stored.findById(councils.current());
        // read now, not the two-second copy: another thread may have kept the old one while this change was made
        Voice inEffect = voices.fresh();
        return new CouncilVoiceView(
                own.map(o -> new VoiceChoice(o.councilName(), o.senderName(), o.replyTo(), o.signOff(),
                        CouncilVoices.days(o.trainingDaysBefore()).orElse(null), CouncilVoices.days(o.actionDaysBefore()).orElse(null),
                        time(o.sendOpens()), time(o.sendCloses())))
                        .orElse(new VoiceChoice(null, null, null, null, null, null, null, null)),
                new VoiceChoice(inEffect.councilName(), inEffect.senderName(), inEffect.replyTo(), inEffect.signOff(),
                        inEffect.trainingDaysBefore(), inEffect.actionDaysBefore(), time(inEffect.sendOpens()), time(inEffect.sendCloses())),
                own.map(StoredVoice::updatedAt).orElse(null), own.map(StoredVoice::updatedBy).orElse(null),
                mailChannel.currentCouncil());
    }

    /** The council's name, if its admin set one: for anyone of the council (the operator belongs to none). */
    public Optional<String> councilName(Caller caller) {
        if (caller.has(Roles.OPERATOR)) {
            throw new ForbiddenException("the platform operator belongs to no council");
        }
        return Optional.ofNullable(voices.current().councilName());
    }

    @Transactional
    public CouncilVoiceView choose(@Nullable VoiceChoice request, Caller caller) {
        caller.require(Roles.ADMIN);
        VoiceChoice choice = request == null ? new VoiceChoice(null, null, null, null, null, null, null, null) : request;
        Validation check = Validation.start();
        String councilName = text("councilName", choice.councilName(), check);
        String senderName = text("senderName", choice.senderName(), check);
        String signOff = text("signOff", choice.signOff(), check);
        String replyTo = Validation.optional(choice.replyTo()) == null ? null : check.email("replyTo", choice.replyTo());
        String trainingDays = days("trainingDaysBefore", choice.trainingDaysBefore(), check);
        String actionDays = days("actionDaysBefore", choice.actionDaysBefore(), check);
        LocalTime opens = time("sendOpens", choice.sendOpens(), check);
        LocalTime closes = time("sendCloses", choice.sendCloses(), check);
        if (check.ok() && (opens == null) != (closes == null)) {
            check.reject(opens == null ? "sendOpens" : "sendCloses", "sending hours need both an opening and a close (or neither, for the platform's)");
        } else if (check.ok() && opens != null && !closes.isAfter(opens)) {
            check.reject("sendCloses", "must be after sendOpens (" + opens + ")");
        }
        check.throwIfInvalid();
        StoredVoice chosen = new StoredVoice(councils.current(), councilName, senderName, replyTo, signOff, trainingDays,
                actionDays, opens, closes, clock.instant(), caller.subject());
        boolean nothingOfItsOwn = Stream.of(councilName, senderName, replyTo, signOff, trainingDays, actionDays, opens).allMatch(Objects::isNull);
        if (!OwnSettings.keep(stored, chosen.council(), chosen, nothingOfItsOwn)) {
            return view(caller);
        }
        outbox.append(AGGREGATE, chosen.council(), CouncilVoiceChanged.newBuilder()
                .setCouncilName(Protos.orEmpty(councilName)).setSenderName(Protos.orEmpty(senderName)).setReplyTo(Protos.orEmpty(replyTo))
                .setSignOff(Protos.orEmpty(signOff)).setTrainingDaysBefore(Protos.orEmpty(trainingDays)).setActionDaysBefore(Protos.orEmpty(actionDays))
                .setSendOpens(Protos.orEmpty(time(opens))).setSendCloses(Protos.orEmpty(time(closes)))
                .setChangedBy(caller.subject()).build());
        voices.forgetCurrent();
        return view(caller);
    }

    /** A time of day on the 24-hour clock, "09:30"; none: the deployment's. */
    private static LocalTime time(String field, @Nullable String value, Validation check) {
        String text = Validation.optional(value);
        if (text == null) {
            return null;
        }
        if (!text.matches("([01]?\\d|2[0-3]):[0-5]\\d")) {
            check.reject(field, "'" + text + "' is not a time such as 08:00");
            return null;
        }
        return LocalTime.parse(text.length() == 4 ? "0" + text : text);
    }

    private static String time(@Nullable LocalTime time) {
        return time == null ? null : time.toString();
    }

    /** One line of plain text: it goes into headers and the footer. */
    private static String text(String field, @Nullable String value, Validation check) {
        String text = Validation.optional(value);
        if (text != null && (text.length() > LONGEST_TEXT || text.chars().anyMatch(Character::isISOControl))) {
            check.reject(field, "must be one line of at most " + LONGEST_TEXT + " characters");
            return null;
        }
        return text;
    }

    /** Days before a due date, stored largest first ("30,7,1"); none: the deployment's. */
    private static String days(String field, @Nullable List<Integer> days, Validation check) {
        if (days == null || days.isEmpty()) {
            return null;
        }
        if (days.size() > MOST_DAYS || days.stream().anyMatch(d -> d == null || d < 1 || d > 365)) {
            check.reject(field, "must be at most " + MOST_DAYS + " numbers of days, each from 1 to 365");
            return null;
        }
        return days.stream().distinct().sorted(Comparator.reverseOrder()).map(String::valueOf).collect(Collectors.joining(","));
    }
}
