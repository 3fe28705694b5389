package uk.councilprotocol.platform.tenancy;

import java.util.Optional;

/** A token or event names a council this deployment does not serve, or one that has closed: refused, as forbidden. */
public class UnknownCouncilException extends RuntimeException {
    public UnknownCouncilException(String council) {
        super("council '" + council + "' is not served by this deployment");
    }

    private UnknownCouncilException(String council, boolean closed) {
        super("council '" + council + "' has closed and is no longer served by this deployment");
    }

    public static UnknownCouncilException closed(String council) {
        return new UnknownCouncilException(council, true);
    }

    /** The refusal behind a failure, however deeply the database layers wrapped it. */
    public static Optional<UnknownCouncilException> in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnknownCouncilException refusal) {
                return Optional.of(refusal);
            }
        }
        return Optional.empty();
    }
}
