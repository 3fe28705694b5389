package uk.councilprotocol.platform.councils;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import uk.councilprotocol.platform.security.Caller;
import uk.councilprotocol.platform.security.Roles;

import java.util.List;

/** The platform operator's view of the councils this service serves, a council joining, and the erasure of one that leaves. */
@Controller("/councils")
@Secured(Roles.OPERATOR)
public class CouncilsController {
    private final CouncilAdministration administration;

    public CouncilsController(CouncilAdministration administration) {
        this.administration = administration;
    }

    @Get
    public List<CouncilStanding> list(Authentication authentication) {
        return administration.list(Caller.of(authentication));
    }

    @Put("/{council}")
    public CouncilStanding onboard(String council, Authentication authentication) {
        return administration.onboard(Caller.of(authentication), council);
    }

    @Delete("/{council}")
    public Erasure erase(String council, Authentication authentication) {
        return administration.erase(Caller.of(authentication), council);
    }
}
