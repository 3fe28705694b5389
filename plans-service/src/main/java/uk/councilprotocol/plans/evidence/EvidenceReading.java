package uk.councilprotocol.plans.evidence;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/** A figure read from another service for an action, or why it could not be read. */
public record EvidenceReading(String label, double value, boolean available, @Nullable Instant readAt, String describedAs) {

    public static EvidenceReading unavailable(String label, String why) {
        return new EvidenceReading(label, 0, false, null, label + ": figure unavailable (" + why + ")");
    }
}
