package uk.councilprotocol.platform.tenancy;

import io.micronaut.core.propagation.PropagatedContextElement;

/**
 * The council the current unit of work acts for, carried in Micronaut's propagated context so that it follows a
 * request across the threads that serve it; the database connection is set from it ({@link CouncilConnections}).
 */
public record CouncilScope(String council) implements PropagatedContextElement {
}
