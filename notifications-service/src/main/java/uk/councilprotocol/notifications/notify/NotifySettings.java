package uk.councilprotocol.notifications.notify;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import uk.councilprotocol.notifications.mail.Mailer;

import java.time.Duration;

/**
 * GOV.UK Notify, when it is the channel ({@code notifications.channel: notify}).
 * @param apiKey        the service's API key (NOTIFY_API_KEY): a live key, or a team or test key while trying it
 * @param templateId    an email template whose subject is {@code ((subject))} and whose body is {@code ((body))}
 *                      (NOTIFY_TEMPLATE_ID): the platform writes each notice, Notify sends it
 * @param replyToId     the reply-to address chosen in Notify's settings, when replies should not go to its default
 * @param callbackToken the bearer token Notify is given for delivery receipts (NOTIFY_CALLBACK_TOKEN); none: the
 *                      receipts endpoint refuses every call
 * @param perMinute     sends a minute from this replica: Notify allows 3,000 a minute per service, shared by replicas
 * @param baseUrl       Notify's API; another only for a fake of it
 * @param timeout       each call's connect and read limit
 */
@ConfigurationProperties("notifications.notify")
@Requires(property = Mailer.CHANNEL, value = NotifyMailer.CHANNEL)
public record NotifySettings(@NotBlank String apiKey,
                             @NotBlank String templateId,
                             @Nullable String replyToId,
                             @Nullable String callbackToken,
                             @Nullable Integer perMinute,
                             @Nullable String baseUrl,
                             @Nullable Duration timeout) {
    public static final String LIVE = "https://api.notifications.service.gov.uk";

    public int sendsPerMinute() {
        return perMinute == null || perMinute <= 0 ? 3_000 : perMinute;
    }

    public String api() {
        return baseUrl == null || baseUrl.isBlank() ? LIVE : baseUrl;
    }

    public Duration callTimeout() {
        return timeout == null ? Duration.ofSeconds(10) : timeout;
    }
}
