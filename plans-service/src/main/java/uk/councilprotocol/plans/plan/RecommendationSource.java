package uk.councilprotocol.plans.plan;

import java.util.Locale;
import java.util.Optional;

public enum RecommendationSource {
    PROTOCOL_REVIEW,
    LGA_PEER_CHALLENGE,
    GOVERNANCE_REVIEW,
    OTHER;

    public static Optional<RecommendationSource> named(String name) {
        try {
            return Optional.of(valueOf(name.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z]+", "_")));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
