package uk.councilprotocol.notifications.notify;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import uk.councilprotocol.platform.resilience.ResilientCalls;
import uk.councilprotocol.platform.tenancy.Councils;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The GOV.UK Notify services this deployment sends through: the deployment's own, when Notify is its channel, and
 * each council's that has one of its own. A council's email goes through its own service, else the deployment's.
 */
@Singleton
public class NotifyServices {
    private final NotifyMailer deployment;
    private final Map<String, NotifyMailer> councils;
    private final Map<String, String> councilTokens;
    private final String deploymentToken;

    public NotifyServices(@Nullable NotifySettings deployment, List<CouncilNotifySettings> councilServices,
                          ResilientCalls resilience, Councils councils) {
        this.deployment = deployment == null ? null : new NotifyMailer(deployment, NotifyMailer.DEPENDENCY, resilience, councils);
        this.deploymentToken = deployment == null ? null : deployment.callbackToken();
        this.councils = councilServices.stream().collect(Collectors.toMap(CouncilNotifySettings::council,
                service -> new NotifyMailer(service, NotifyMailer.DEPENDENCY + "-" + service.council(), resilience, councils)));
        this.councilTokens = councilServices.stream().filter(service -> service.callbackToken() != null)
                .collect(Collectors.toMap(CouncilNotifySettings::council, CouncilNotifySettings::callbackToken));
    }

    /** The service the council's email goes through, if any goes through Notify. */
    public Optional<NotifyMailer> forCouncil(String council) {
        return Optional.ofNullable(councils.getOrDefault(council, deployment));
    }

    /** Whether the council has a Notify service of its own. */
    public boolean hasOwn(String council) {
        return councils.containsKey(council);
    }

    /** Whether Notify is the deployment's channel, for every council without a service of its own. */
    public boolean deploymentWide() {
        return deployment != null;
    }

    /**
     * Which service a receipt's bearer token is the callback token of: the deployment's (council empty) or a
     * council's. Compared in constant time, every token, so the answer's time says nothing of which came close.
     */
    Optional<Sender> senderOf(String presented) {
        byte[] given = presented.getBytes(StandardCharsets.UTF_8);
        Sender found = null;
        if (matches(deploymentToken, given)) {
            found = new Sender(null);
        }
        for (Map.Entry<String, String> council : councilTokens.entrySet()) {
            if (matches(council.getValue(), given)) {
                found = new Sender(council.getKey());
            }
        }
        return Optional.ofNullable(found);
    }

    private static boolean matches(String token, byte[] given) {
        return token != null && !token.isBlank() && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), given);
    }

    /**
     * Whether the service that sent a receipt may speak of an email of this council: a council's service only of its
     * council's emails; the deployment's of the councils without a service of their own.
     */
    boolean mayReport(Sender sender, String emailsCouncil) {
        return sender.council() == null ? !hasOwn(emailsCouncil) : sender.council().equals(emailsCouncil);
    }

    /** The Notify service that sent a receipt: a council's, or (no council) the deployment's. */
    record Sender(@Nullable String council) {
    }
}
