package uk.councilprotocol.notifications.notify;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import uk.councilprotocol.notifications.mail.Mailer;

/**
 * The deployment's GOV.UK Notify service, when it is the deployment's channel ({@code notifications.channel: notify}):
 * NOTIFY_API_KEY, NOTIFY_TEMPLATE_ID, NOTIFY_REPLY_TO_ID, NOTIFY_CALLBACK_TOKEN, NOTIFY_PER_MINUTE ({@link NotifyAccount}).
 * The platform writes each notice, Notify sends it.
 */
@ConfigurationProperties("notifications.notify")
@Requires(property = Mailer.CHANNEL, value = NotifyMailer.CHANNEL)
public record NotifySettings(@NotBlank String apiKey,
                             @NotBlank String templateId,
                             @Nullable String replyToId,
                             @Nullable String callbackToken,
                             @Nullable Integer perMinute,
                             @Nullable String baseUrl) implements NotifyAccount {
}
