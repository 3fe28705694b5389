package uk.councilprotocol.platform.security;

/** The caller is known but may not do this. Maps to HTTP 403 / PERMISSION_DENIED. */
public class ForbiddenException extends RuntimeException {
    public ForbiddenException(String message) {
        super(message);
    }
}
