package uk.councilprotocol.platform.resilience;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Every call to another service or to SMTP goes through here: a time limit on each attempt, retries
 * with exponential back-off, and a circuit breaker that fails fast while the dependency is down. A refusal for good
 * ({@link RefusedByDependency}) is the dependency working: it is neither retried nor counted as a failure.
 */
@Singleton
public class ResilientCalls {
    private final Map<String, ResilienceSettings> settings;
    private final CircuitBreakerRegistry breakers = CircuitBreakerRegistry.ofDefaults();
    private final RetryRegistry retries = RetryRegistry.ofDefaults();
    private final Map<String, TimeLimiter> limiters = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "resilient-call");
        thread.setDaemon(true);
        return thread;
    });

    public ResilientCalls(List<ResilienceSettings> configured, MeterRegistry meters) {
        this.settings = configured.stream().collect(Collectors.toMap(ResilienceSettings::getName, Function.identity()));
        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(breakers).bindTo(meters);
        TaggedRetryMetrics.ofRetryRegistry(retries).bindTo(meters);
        // each configured dependency's breaker from the start, so its state is on /prometheus (and alerted on)
        // before the first call rather than after it
        settings.forEach(this::breaker);
    }

    public <T> T call(String dependency, Callable<T> action) throws Exception {
        return call(dependency, dependency, action);
    }

    /**
     * A call to one of several dependencies of a kind, each with its own retries, time limit and circuit breaker (one
     * council's GOV.UK Notify service failing does not stop another's), all configured as {@code configuredAs}.
     */
    public <T> T call(String dependency, String configuredAs, Callable<T> action) throws Exception {
        ResilienceSettings s = settingsOf(configuredAs);
        TimeLimiter limiter = limiters.computeIfAbsent(dependency, name -> TimeLimiter.of(name,
                TimeLimiterConfig.custom().timeoutDuration(s.getTimeout()).cancelRunningFuture(true).build()));
        Retry retry = retries.retry(dependency, () -> RetryConfig.custom()
                .maxAttempts(s.getMaxAttempts())
                .intervalFunction(IntervalFunction.ofExponentialBackoff(s.getInitialBackoff(), s.getBackoffMultiplier()))
                .ignoreExceptions(io.github.resilience4j.circuitbreaker.CallNotPermittedException.class, RefusedByDependency.class)
                .build());
        CircuitBreaker breaker = breaker(dependency, s);
        Callable<T> limited = () -> limiter.executeFutureSupplier(() -> CompletableFuture.supplyAsync(() -> {
            try {
                return action.call();
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, executor));
        return Retry.decorateCallable(retry, CircuitBreaker.decorateCallable(breaker, () -> unwrap(limited))).call();
    }

    public CircuitBreaker.State state(String dependency) {
        return breaker(dependency, settingsOf(dependency)).getState();
    }

    private ResilienceSettings settingsOf(String dependency) {
        return settings.getOrDefault(dependency, ResilienceSettings.defaults(dependency));
    }

    private CircuitBreaker breaker(String dependency, ResilienceSettings s) {
        return breakers.circuitBreaker(dependency, () -> CircuitBreakerConfig.custom()
                .failureRateThreshold(s.getFailureRateThreshold())
                .minimumNumberOfCalls(s.getMinimumCalls())
                .slidingWindowSize(Math.max(10, s.getMinimumCalls()))
                .waitDurationInOpenState(s.getWaitInOpenState())
                .ignoreExceptions(RefusedByDependency.class)
                .build());
    }

    private static <T> T unwrap(Callable<T> callable) throws Exception {
        try {
            return callable.call();
        } catch (ExecutionException | CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception ex) {
                throw ex;
            }
            throw e;
        }
    }

    @PreDestroy
    void close() {
        executor.shutdownNow();
    }
}
