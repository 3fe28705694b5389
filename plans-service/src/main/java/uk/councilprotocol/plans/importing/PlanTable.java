package uk.councilprotocol.plans.importing;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/** A plan table as read: which header became which role, and its rows. */
@Serdeable
public record PlanTable(Map<String, ColumnRole> columns, List<PlanRow> rows) {
}
