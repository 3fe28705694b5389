package uk.councilprotocol.plans.importing;

import io.micronaut.core.annotation.Nullable;

import java.util.Map;

/**
 * A plan table to import: as a new plan (with a title), or onto an existing plan (a progress update such as
 * seed 002, or more actions). {@code mapping} is header → column role, for a layout the reader does not know.
 */
public record ImportRequest(String table,
                            Map<String, String> mapping,
                            @Nullable String planId,
                            @Nullable String title,
                            @Nullable String council,
                            @Nullable String adoptedOn,
                            @Nullable String sourceBody,
                            @Nullable String recommendationSource,
                            @Nullable String progressDate,
                            @Nullable String author) {
}
