package uk.councilprotocol.platform.resilience;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;

import java.time.Duration;

/**
 * Settings of one guarded dependency, e.g. {@code resilience.smtp.timeout: 10s}.
 * Unset values fall back to the defaults below.
 */
@EachProperty("resilience")
public class ResilienceSettings {
    private final String name;
    private Duration timeout = Duration.ofSeconds(10);
    private int maxAttempts = 3;
    private Duration initialBackoff = Duration.ofMillis(500);
    private double backoffMultiplier = 2.0;
    private float failureRateThreshold = 50;
    private int minimumCalls = 5;
    private Duration waitInOpenState = Duration.ofSeconds(30);

    public ResilienceSettings(@Parameter String name) {
        this.name = name;
    }

    public static ResilienceSettings defaults(String name) {
        return new ResilienceSettings(name);
    }

    public String getName() { return name; }
    public Duration getTimeout() { return timeout; }
    public void setTimeout(Duration timeout) { this.timeout = timeout; }
    public int getMaxAttempts() { return maxAttempts; }
    public void setMaxAttempts(int maxAttempts) { this.maxAttempts = maxAttempts; }
    public Duration getInitialBackoff() { return initialBackoff; }
    public void setInitialBackoff(Duration initialBackoff) { this.initialBackoff = initialBackoff; }
    public double getBackoffMultiplier() { return backoffMultiplier; }
    public void setBackoffMultiplier(double backoffMultiplier) { this.backoffMultiplier = backoffMultiplier; }
    public float getFailureRateThreshold() { return failureRateThreshold; }
    public void setFailureRateThreshold(float failureRateThreshold) { this.failureRateThreshold = failureRateThreshold; }
    public int getMinimumCalls() { return minimumCalls; }
    public void setMinimumCalls(int minimumCalls) { this.minimumCalls = minimumCalls; }
    public Duration getWaitInOpenState() { return waitInOpenState; }
    public void setWaitInOpenState(Duration waitInOpenState) { this.waitInOpenState = waitInOpenState; }
}
