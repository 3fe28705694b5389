package uk.councilprotocol.enquiries.councillors;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import uk.councilprotocol.platform.errors.Validation;
import uk.councilprotocol.platform.security.Caller;

import java.util.List;

/** {@code GET /officers[?department=]}: the active officers the caller may pick (see {@link OfficerDirectory}). */
@Controller("/officers")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class OfficerController {
    private final OfficerDirectory directory;

    public OfficerController(OfficerDirectory directory) {
        this.directory = directory;
    }

    /** An officer as the Hub picks one: roster id, name, department, whether a Chief Officer. */
    @Serdeable
    public record Entry(String personId, String fullName, String department, boolean chiefOfficer) {
    }

    @Get
    public List<Entry> active(Authentication authentication, @Nullable @QueryValue String department) {
        return directory.active(Caller.of(authentication), Validation.optional(department)).stream()
                .map(o -> new Entry(o.personId(), o.fullName(), o.department() == null ? "" : o.department(), o.chiefOfficer()))
                .toList();
    }
}
