package uk.councilprotocol.platform.security;

import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Duration;

/** A Resilience4j rate limiter per client (token subject, or address when anonymous), for HTTP and gRPC alike. */
@Singleton
public class RateLimits {
    private final RateLimiterRegistry registry;

    public RateLimits(@Value("${platform.rate-limit.requests-per-second:100}") int perSecond) {
        this.registry = RateLimiterRegistry.of(RateLimiterConfig.custom()
                .limitForPeriod(perSecond)
                .limitRefreshPeriod(Duration.ofSeconds(1))
                .timeoutDuration(Duration.ZERO)
                .build());
    }

    public boolean tryAcquire(String client) {
        return registry.rateLimiter(client).acquirePermission();
    }
}
