package uk.councilprotocol.notifications.mail;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.time.Duration;

/** Where mail goes: {@code SMTP_HOST}, {@code SMTP_PORT}, {@code SMTP_USERNAME}, {@code SMTP_PASSWORD}, {@code MAIL_FROM}. */
@ConfigurationProperties("smtp")
public record SmtpSettings(String host,
                           int port,
                           @Nullable String username,
                           @Nullable String password,
                           boolean startTls,
                           String from,
                           @Nullable Duration timeout) {

    public boolean authenticated() {
        return username != null && !username.isBlank();
    }

    public long timeoutMillis() {
        return (timeout == null ? Duration.ofSeconds(10) : timeout).toMillis();
    }
}
