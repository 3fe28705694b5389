package uk.councilprotocol.notifications.mail;

import jakarta.mail.MessagingException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.net.SocketException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures mean the server was not there (try again as soon as it answers) and which are its refusal (back off). */
class SmtpFailuresTest {

    @Test
    void aServerThatCannotBeReachedOrGoesAwayMidSendIsUnreachable() {
        assertThat(SmtpMailer.connectionFailed(new MessagingException("could not connect", new ConnectException("refused")))).isTrue();
        assertThat(SmtpMailer.connectionFailed(new MessagingException("Exception reading response",
                new SocketException("Connection reset")))).isTrue();
        assertThat(SmtpMailer.connectionFailed(new SMTPSendFailedException("DATA", -1, "[EOF]", null, null, null, null))).isTrue();
    }

    @Test
    void aServersAnswerIsARefusalNotAnOutage() {
        assertThat(SmtpMailer.connectionFailed(new SMTPSendFailedException("DATA", 452, "452 4.2.2 Mailbox full", null,
                null, null, null))).isFalse();
        assertThat(SmtpMailer.connectionFailed(new MessagingException("550 5.1.1 No such mailbox"))).isFalse();
    }
}
