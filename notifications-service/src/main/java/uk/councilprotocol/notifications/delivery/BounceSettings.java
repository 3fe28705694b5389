package uk.councilprotocol.notifications.delivery;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/** The bounce mailbox, read over IMAP: {@code BOUNCES_IMAP_HOST}, {@code _PORT}, {@code _USERNAME}, {@code _PASSWORD}, {@code _SSL}. */
@ConfigurationProperties("notifications.bounces")
public record BounceSettings(@Nullable String imapHost, int imapPort, @Nullable String username, @Nullable String password,
                             boolean ssl, String folder) {
}
