package uk.councilprotocol.platform.errors;

/** Maps to HTTP 404 / NOT_FOUND. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what, String id) {
        super(what + " '" + id + "' does not exist");
    }
}
