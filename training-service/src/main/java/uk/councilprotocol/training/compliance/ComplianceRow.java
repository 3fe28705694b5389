package uk.councilprotocol.training.compliance;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.UUID;

/** One requirement of one active person: their current assignment for a course and their latest completion of it. */
@Introspected
public record ComplianceRow(String personId,
                            String courseCode,
                            LocalDate dueDate,
                            String status,
                            @Nullable LocalDate completedOn,
                            @Nullable LocalDate expiresOn,
                            UUID assignmentId) {

    public ComplianceState stateOn(LocalDate today) {
        if (completedOn != null && (expiresOn == null || expiresOn.isAfter(today))) {
            return ComplianceState.DONE;
        }
        if ("OPEN".equals(status) && !dueDate.isBefore(today)) {
            return ComplianceState.DUE;
        }
        return ComplianceState.OVERDUE;
    }
}
