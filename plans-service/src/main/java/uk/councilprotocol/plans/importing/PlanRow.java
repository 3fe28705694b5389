package uk.councilprotocol.plans.importing;

import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;

/**
 * One action as read from a plan table: the line it starts on, the heading it sits under (seed 002's
 * "Skills & training"), and its cells by role. Grouping cells (theme, outcome) are carried down from the row
 * above when a council leaves them blank, and a cell of several bullets becomes several rows.
 */
@Serdeable
public record PlanRow(int line, String heading, Map<ColumnRole, String> cells) {

    public String get(ColumnRole role) {
        return cells.getOrDefault(role, "");
    }
}
