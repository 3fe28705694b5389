package uk.councilprotocol.notifications.mail;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.time.Duration;

/**
 * Where mail goes: {@code SMTP_HOST}, {@code SMTP_PORT}, {@code SMTP_USERNAME}, {@code SMTP_PASSWORD}, {@code MAIL_FROM};
 * {@code SMTP_RETURN_PATH}, the bounce mailbox's address, when bounces are read (docs/operations.md).
 */
@ConfigurationProperties("smtp")
public record SmtpSettings(String host,
                           int port,
                           @Nullable String username,
                           @Nullable String password,
                           boolean startTls,
                           String from,
                           @Nullable Duration timeout,
                           @Nullable String returnPath) {

    /** Whether emails go out with a tagged return path ({@link ReturnPath}), for the bounce mailbox to match. */
    public boolean tagsReturnPath() {
        return returnPath != null && returnPath.contains("@");
    }

    public boolean authenticated() {
        return username != null && !username.isBlank();
    }

    public long timeoutMillis() {
        return (timeout == null ? Duration.ofSeconds(10) : timeout).toMillis();
    }
}
