package uk.councilprotocol.plans.importing;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.UUID;

/** What an import did, row by row: actions created, rows matched to actions already there, rows skipped and why. */
public record ImportReport(UUID planId,
                           int themesCreated,
                           int outcomesCreated,
                           int recommendationsCreated,
                           int milestonesCreated,
                           int progressUpdatesCreated,
                           List<Item> created,
                           List<Item> matched,
                           List<Item> skipped) {

    public record Item(int line, @Nullable UUID actionId, String text, String reason) {
    }
}
