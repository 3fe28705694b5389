package uk.councilprotocol.deploy;

/**
 * A start that failed for a reason the person running it can fix. Its message is the one line the launcher
 * prints: what went wrong and what to do about it (never a stack trace).
 */
public final class LaunchFailure extends RuntimeException {

    public LaunchFailure(String message) {
        super(message);
    }

    public LaunchFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
