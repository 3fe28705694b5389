package uk.councilprotocol.notifications.notify;

/**
 * One GOV.UK Notify service the platform sends through: the deployment's ({@link NotifySettings}) or a council's own
 * ({@link CouncilNotifySettings}). Each has its own key, template, sending limit and receipts token.
 */
public interface NotifyAccount {
    String LIVE = "https://api.notifications.service.gov.uk";

    /** The service's API key: a live key, or a team or test key while trying it. */
    String apiKey();

    /** An email template whose subject is {@code ((subject))} and whose body is {@code ((body))}. */
    String templateId();

    /** The reply-to address chosen in Notify's settings, when replies should not go to its default; may be null. */
    String replyToId();

    /** The bearer token Notify is given for delivery receipts; none: its receipts are refused. */
    String callbackToken();

    /** Sends a minute from this replica (Notify allows 3,000 a minute per service, shared by replicas); may be null. */
    Integer perMinute();

    /** Notify's API; another only for a fake of it; may be null. */
    String baseUrl();

    default int sendsPerMinute() {
        return perMinute() == null || perMinute() <= 0 ? 3_000 : perMinute();
    }

    default String api() {
        return baseUrl() == null || baseUrl().isBlank() ? LIVE : baseUrl();
    }
}
