package uk.councilprotocol.console.signin;

import java.util.Optional;

/**
 * The council's name as its admin set it (notifications-service's council settings), asked once at sign-in as the
 * person signing in; empty when none is set or it cannot be asked, and the configured name stands.
 */
public interface CouncilNameSource {
    Optional<String> nameFor(Session session);
}
