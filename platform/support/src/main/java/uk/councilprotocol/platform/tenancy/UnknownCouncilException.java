package uk.councilprotocol.platform.tenancy;

/** A token or event names a council this deployment does not serve: refused, as a forbidden request. */
public class UnknownCouncilException extends RuntimeException {
    public UnknownCouncilException(String council) {
        super("council '" + council + "' is not served by this deployment");
    }
}
