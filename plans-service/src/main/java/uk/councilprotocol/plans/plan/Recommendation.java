package uk.councilprotocol.plans.plan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/** A recommendation the plan answers, and where it came from (the protocol review, an LGA peer challenge ...). */
@MappedEntity("recommendation")
public record Recommendation(@Id UUID id,
                             UUID themeId,
                             @Nullable UUID outcomeId,
                             int position,
                             @Nullable String reference,
                             String text,
                             RecommendationSource source) {
}
