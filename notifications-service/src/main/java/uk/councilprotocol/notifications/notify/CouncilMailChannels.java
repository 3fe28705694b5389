package uk.councilprotocol.notifications.notify;

import io.micronaut.context.annotation.Primary;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import uk.councilprotocol.notifications.mail.Mailer;
import uk.councilprotocol.notifications.mail.OutgoingMail;
import uk.councilprotocol.notifications.mail.SmtpMailer;
import uk.councilprotocol.notifications.voice.MailChannelOf;
import uk.councilprotocol.platform.tenancy.Councils;

/**
 * The channel for the council in scope: its own GOV.UK Notify service, else the deployment's channel (Notify or SMTP).
 * The dispatcher and the digest send a council at a time, so a send and the question whether its failure means the
 * channel is unreachable are both about the same council's channel.
 */
@Singleton
@Primary
public class CouncilMailChannels implements Mailer, MailChannelOf {
    private final SmtpMailer smtp;
    private final NotifyServices notify;
    private final Councils councils;

    public CouncilMailChannels(@Nullable SmtpMailer smtp, NotifyServices notify, Councils councils) {
        this.smtp = smtp;
        this.notify = notify;
        this.councils = councils;
        if (smtp == null && !notify.deploymentWide()) {
            throw new ConfigurationException(Mailer.CHANNEL + " names no channel: it is smtp (the default) or notify");
        }
    }

    private Mailer current() {
        return notify.forCouncil(councils.current()).map(Mailer.class::cast).orElse(smtp);
    }

    @Override
    public String currentCouncil() {
        String council = councils.current();
        return notify.hasOwn(council) ? COUNCIL_NOTIFY : notify.deploymentWide() ? NOTIFY : SMTP;
    }

    @Override
    public void send(OutgoingMail mail) throws Exception {
        current().send(mail);
    }

    @Override
    public boolean unreachable(Throwable failure) {
        return current().unreachable(failure);
    }
}
