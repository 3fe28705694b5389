package uk.councilprotocol.platform.errors;

/** The request contradicts the current state (HTTP 409 / FAILED_PRECONDITION). */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
