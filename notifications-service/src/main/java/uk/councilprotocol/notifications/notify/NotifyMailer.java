package uk.councilprotocol.notifications.notify;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import org.json.JSONException;
import org.json.JSONObject;
import uk.councilprotocol.notifications.mail.MailRefused;
import uk.councilprotocol.notifications.mail.Mailer;
import uk.councilprotocol.notifications.mail.OutgoingMail;
import uk.councilprotocol.platform.resilience.ResilientCalls;
import uk.councilprotocol.platform.tenancy.Councils;
import uk.gov.service.notify.NotificationClient;
import uk.gov.service.notify.NotificationClientException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sends through one GOV.UK Notify service ({@link NotifyAccount}) with Notify's own Java client: one email per
 * recipient (Notify has no copies), the person's own first; the copies only once Notify has accepted theirs, and a copy
 * Notify will not take is not a reason to send the person's again. Notify's answers become the dispatcher's outcomes:
 * an address it will not send to (400, "email_address …") is refused for good; its rate limit (429) refuses for now; a
 * server error or no answer is retried, then waits with the rest of the batch, as does a key it rejects (403), which no
 * message would get past. Sends are paced to {@link NotifyAccount#sendsPerMinute()} on this replica, and each service
 * has its own circuit breaker ({@code notify}, or {@code notify-<council>}), so one council's service failing holds up
 * only its own email.
 */
public class NotifyMailer implements Mailer {
    public static final String CHANNEL = "notify";
    /** How every Notify service's retries, circuit breaker and time limit are configured ({@code resilience.notify.*}). */
    public static final String DEPENDENCY = "notify";

    private final NotifyAccount account;
    private final String dependency;
    private final NotificationClient client;
    private final ResilientCalls resilience;
    private final Councils councils;
    private final RateLimiter pace;

    /** @param dependency its name for its circuit breaker and metrics: {@code notify}, or {@code notify-<council>} */
    NotifyMailer(NotifyAccount account, String dependency, ResilientCalls resilience, Councils councils) {
        this.account = account;
        this.dependency = dependency;
        this.client = new NotificationClient(account.apiKey(), account.api());
        this.resilience = resilience;
        this.councils = councils;
        int perSecond = Math.max(1, (int) Math.ceil(account.sendsPerMinute() / 60.0));
        this.pace = RateLimiter.of(dependency, RateLimiterConfig.custom().limitForPeriod(perSecond)
                .limitRefreshPeriod(Duration.ofSeconds(1)).timeoutDuration(Duration.ofSeconds(10)).build());
    }

    @Override
    public void send(OutgoingMail mail) throws Exception {
        String reference = new NotifyReference(councils.current(), mail.messageId()).text();
        List<String> delivered = new ArrayList<>();
        List<MailRefused.Refusal> refused = new ArrayList<>();
        List<String> recipients = new ArrayList<>(List.of(mail.to()));
        recipients.addAll(mail.cc());
        for (String address : recipients) {
            boolean own = address.equals(mail.to());
            try {
                sendOne(address, mail, reference);
                delivered.add(address);
            } catch (MailRefused refusal) {
                refused.addAll(refusal.refusals());
                if (own) {
                    break;   // no copies of a notice its person did not get
                }
            } catch (Exception e) {
                if (own) {
                    throw e;   // nothing went: the whole notice is tried again
                }
                refused.add(new MailRefused.Refusal(address, false, "GOV.UK Notify did not take this copy: " + e.getMessage()));
            }
        }
        if (!refused.isEmpty()) {
            throw new MailRefused(refused, delivered, null);
        }
    }

    private void sendOne(String address, OutgoingMail mail, String reference) throws Exception {
        RateLimiter.waitForPermission(pace);
        resilience.call(dependency, DEPENDENCY, () -> {
            try {
                return client.sendEmail(account.templateId(), address, Map.of("subject", mail.subject(), "body", mail.text()),
                        reference, account.replyToId());
            } catch (NotificationClientException e) {
                throw refusalOf(address, e).orElseThrow(() -> e);
            }
        });
    }

    /** Notify's refusal of this recipient, for good or for now, when that is what it answered. */
    static Optional<MailRefused> refusalOf(String address, NotificationClientException e) {
        String said = "GOV.UK Notify: " + errorsIn(e);
        if (e.getHttpResult() == 429) {
            return Optional.of(new MailRefused(List.of(new MailRefused.Refusal(address, false, said)), List.of(), e));
        }
        if (e.getHttpResult() == 400 && said.contains("email_address")) {
            return Optional.of(new MailRefused(List.of(new MailRefused.Refusal(address, true, said)), List.of(), e));
        }
        return Optional.empty();
    }

    /** "ValidationError: email_address Not a valid email address" from Notify's JSON answer, else its message. */
    static String errorsIn(NotificationClientException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        int json = message.indexOf('{');
        if (json < 0) {
            return message;
        }
        try {
            var errors = new JSONObject(message.substring(json)).optJSONArray("errors");
            List<String> said = new ArrayList<>();
            for (int i = 0; errors != null && i < errors.length(); i++) {
                JSONObject error = errors.getJSONObject(i);
                said.add(error.optString("error") + ": " + error.optString("message"));
            }
            return said.isEmpty() ? message : e.getHttpResult() + " " + String.join("; ", said);
        } catch (JSONException notJson) {
            return message;
        }
    }

    /**
     * Whether nothing will get through for now: Notify unreachable or failing (no answer, 5xx), our key refused (403),
     * sends paced or the circuit open. A message Notify will not take for its own reasons (another 400) is not: it is
     * tried again later on its own, so it never holds up the rest.
     */
    @Override
    public boolean unreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof RequestNotPermitted || cause instanceof CallNotPermittedException
                    || cause instanceof java.util.concurrent.TimeoutException) {
                return true;
            }
            if (cause instanceof NotificationClientException notify) {
                int status = notify.getHttpResult();
                return status == 0 || status == 403 || status >= 500;
            }
        }
        return true;
    }
}
