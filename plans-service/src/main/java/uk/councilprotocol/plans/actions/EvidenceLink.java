package uk.councilprotocol.plans.actions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/**
 * A measure from another service shown beside an action: the completion of a course by a group
 * (training-service), or how many Councillor enquiries are answered on time (enquiries-service).
 */
@MappedEntity("evidence_link")
public record EvidenceLink(@Id UUID actionId,
                           Measure measure,
                           @Nullable String courseCode,
                           @Nullable String groupBy,
                           @Nullable String groupValue) {

    public enum Measure {
        COURSE_COMPLETION,
        ENQUIRIES_ON_TIME
    }
}
