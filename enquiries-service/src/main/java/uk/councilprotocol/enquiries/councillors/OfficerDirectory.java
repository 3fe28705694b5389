package uk.councilprotocol.enquiries.councillors;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import io.micronaut.transaction.annotation.Transactional;
import uk.councilprotocol.platform.security.Caller;
import uk.councilprotocol.platform.security.ForbiddenException;
import uk.councilprotocol.platform.security.Roles;

import java.util.List;

/**
 * The council's active officers by name and department, as the roster last described them: whom the Hub picks as an
 * absence's cover or a routing rule's officer, so it need not know their roster ids. The Hub, the admin and the
 * Monitoring Officer see every department's; a department its own.
 */
@Singleton
public class OfficerDirectory {
    private final OfficerRepository officers;

    public OfficerDirectory(OfficerRepository officers) {
        this.officers = officers;
    }

    @Transactional(readOnly = true)
    public List<Officer> active(Caller caller, @Nullable String department) {
        boolean everyone = caller.hasAny(Roles.HUB, Roles.ADMIN, Roles.STANDARDS, Roles.SERVICE);
        if (!everyone && caller.departments().isEmpty()) {
            throw new ForbiddenException("listing officers needs the hub, admin, standards or a department role");
        }
        return officers.findByActiveTrueOrderByFullName().stream()
                .filter(o -> everyone || (o.department() != null && caller.actsFor(o.department())))
                .filter(o -> department == null || (o.department() != null && o.department().equalsIgnoreCase(department)))
                .toList();
    }
}
