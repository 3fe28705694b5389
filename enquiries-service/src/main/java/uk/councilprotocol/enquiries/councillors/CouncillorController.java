package uk.councilprotocol.enquiries.councillors;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import uk.councilprotocol.platform.security.Caller;

import java.util.List;

@Controller("/councillors")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class CouncillorController {
    private final CouncillorDirectory directory;

    public CouncillorController(CouncillorDirectory directory) {
        this.directory = directory;
    }

    /** A serving councillor as the Hub picks one: roster id, name, political group. */
    @Serdeable
    public record Member(String personId, String fullName, String politicalGroup) {
    }

    @Get
    public List<Member> serving(Authentication authentication) {
        return directory.serving(Caller.of(authentication)).stream()
                .map(c -> new Member(c.personId(), c.fullName(), c.politicalGroup() == null ? "" : c.politicalGroup())).toList();
    }
}
