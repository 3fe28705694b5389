package uk.councilprotocol.platform.resilience;

/**
 * The dependency answered, and refused this one request for good (an SMTP server's "550 no such mailbox"): it is
 * working, so the refusal neither counts against its circuit breaker nor is tried again.
 */
public class RefusedByDependency extends Exception {
    public RefusedByDependency(String message, Throwable cause) {
        super(message, cause);
    }
}
