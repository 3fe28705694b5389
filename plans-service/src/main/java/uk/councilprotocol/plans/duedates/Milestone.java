package uk.councilprotocol.plans.duedates;

import io.micronaut.serde.annotation.Serdeable;

/** A dated step written inside an action's text: "By March 2023, the first phase ... will include ...". */
@Serdeable
public record Milestone(String text, DueDate due) {
}
