package uk.councilprotocol.notifications.voice;

import jakarta.inject.Singleton;
import uk.councilprotocol.platform.tenancy.Councils;
import uk.councilprotocol.platform.tenancy.ForgetOnCompletion;
import uk.councilprotocol.platform.tenancy.PerCouncil;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The voice of the council the current work acts for: what its admin chose ({@link VoiceChoices}, kept in
 * {@code council_voice}) over the deployment's. Read for every email and every reminder planned, so kept per council
 * for two seconds ({@link PerCouncil}).
 */
@Singleton
public class CouncilVoices {
    private final Voice deployment;
    private final PerCouncil<Voice> inEffect;

    public CouncilVoices(TrainingReminderSettings training, ActionReminderSettings actions, SendingHoursSettings hours,
                         StoredVoiceRepository stored, StoredLogoRepository logos, Councils councils, ForgetOnCompletion forgetting) {
        this.deployment = Voice.deployment(training.daysBefore(), actions.daysBefore(), hours);
        this.inEffect = forgetting.keep(() -> layered(stored.findById(councils.current()))
                .withLogo(logos.findById(councils.current()).map(l -> new Voice.Logo(l.content(), l.contentType())).orElse(null)));
    }

    public Voice current() {
        return inEffect.current();
    }

    /** As the council's admin has just left it, in this transaction (the admin's own view, after a change). */
    Voice fresh() {
        return inEffect.fresh();
    }

    void forgetCurrent() {
        inEffect.changed();
    }

    private Voice layered(Optional<StoredVoice> own) {
        return own.map(chosen -> new Voice(chosen.councilName(), chosen.senderName(), chosen.replyTo(), chosen.signOff(),
                        days(chosen.trainingDaysBefore()).orElse(deployment.trainingDaysBefore()),
                        days(chosen.actionDaysBefore()).orElse(deployment.actionDaysBefore()),
                        chosen.sendOpens() == null ? deployment.sendOpens() : chosen.sendOpens(),
                        chosen.sendCloses() == null ? deployment.sendCloses() : chosen.sendCloses()))
                .orElse(deployment);
    }

    /** "30,7,1" as stored. */
    static Optional<List<Integer>> days(String stored) {
        return stored == null || stored.isBlank() ? Optional.empty()
                : Optional.of(Arrays.stream(stored.split(",")).map(Integer::valueOf).toList());
    }
}
