package uk.councilprotocol.notifications.notify;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;

/**
 * A council's own GOV.UK Notify service ({@code notifications.notify-services.<council>.*}): its email goes through it,
 * with the branding, reply-to and sending limit set in that service, whatever the deployment's channel; its receipts
 * come with its own token and may speak only of its council's emails.
 */
@EachProperty("notifications.notify-services")
public record CouncilNotifySettings(@Parameter String council,
                                    @NotBlank String apiKey,
                                    @NotBlank String templateId,
                                    @Nullable String replyToId,
                                    @Nullable String callbackToken,
                                    @Nullable Integer perMinute,
                                    @Nullable String baseUrl) implements NotifyAccount {
}
