package uk.councilprotocol.console.signin;

import io.micronaut.context.BeanContext;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Liveness;
import io.micronaut.security.oauth2.client.OpenIdProviderMetadata;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import java.util.Map;

/**
 * Whether the console knows its identity provider: Micronaut Security reads the provider's discovery document as
 * the console starts, and a console that could not read it can sign nobody in. Reported in liveness, so a
 * console started while the provider was unreachable is restarted rather than left up and useless.
 */
@Singleton
@Liveness
class SignInProviderHealth implements HealthIndicator {
    private final BeanContext beans;
    private final ConsoleSettings settings;

    SignInProviderHealth(BeanContext beans, ConsoleSettings settings) {
        this.beans = beans;
        this.settings = settings;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        boolean discovered = beans.findBean(OpenIdProviderMetadata.class, Qualifiers.byName(ConsoleSettings.PROVIDER)).isPresent();
        return Publishers.just(HealthResult.builder("signInProvider", discovered ? HealthStatus.UP : HealthStatus.DOWN)
                .details(Map.of("issuer", settings.getIssuerUrl(), "discovered", discovered)).build());
    }
}
