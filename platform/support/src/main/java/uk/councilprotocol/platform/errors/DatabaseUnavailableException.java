package uk.councilprotocol.platform.errors;

/** Work that could not start because the database could not be reached (see {@link DatabaseUnavailable}). */
public final class DatabaseUnavailableException extends RuntimeException {
    public DatabaseUnavailableException(Throwable cause) {
        super(DatabaseUnavailable.MESSAGE, cause);
    }
}
