package uk.councilprotocol.platform.tenancy;

/** The access token's claim naming the council the caller acts for (events carry {@code ce_council}). */
public final class CouncilClaim {
    /** The access token's claim naming the council the caller acts for. */
    public static final String NAME = "council";

    private CouncilClaim() {
    }
}
