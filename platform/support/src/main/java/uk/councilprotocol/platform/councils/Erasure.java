package uk.councilprotocol.platform.councils;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** What erasing a council took from this service: each table's rows, and when the council closed. */
@Serdeable
public record Erasure(String council, List<TableErased> tables, Instant closedAt) {

    public long rows() {
        return tables.stream().mapToLong(TableErased::rows).sum();
    }

    @Serdeable
    public record TableErased(String table, long rows) {
    }
}
