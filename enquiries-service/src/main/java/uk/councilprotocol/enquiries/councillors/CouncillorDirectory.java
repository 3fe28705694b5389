package uk.councilprotocol.enquiries.councillors;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.councilprotocol.platform.security.Caller;
import uk.councilprotocol.platform.security.Roles;

import java.util.List;

/**
 * The council's serving councillors and co-opted members, by name, as the roster last described them: whom the Hub
 * picks when it logs an enquiry or copies one to other members (9.1.14), so it need not know their roster ids.
 */
@Singleton
public class CouncillorDirectory {
    private final CouncillorRepository councillors;

    public CouncillorDirectory(CouncillorRepository councillors) {
        this.councillors = councillors;
    }

    @Transactional(readOnly = true)
    public List<Councillor> serving(Caller caller) {
        caller.require(Roles.HUB, Roles.ADMIN, Roles.STANDARDS, Roles.SERVICE);
        return councillors.findByActiveTrueOrderByFullName();
    }
}
