package uk.councilprotocol.platform.councils;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import uk.councilprotocol.platform.audit.AuditLog;
import uk.councilprotocol.platform.security.Caller;
import uk.councilprotocol.platform.security.Roles;

/**
 * Everything this service holds for the caller's council, for its admin: a zip of one CSV per table (the audit
 * trail included). Taking it is recorded in the audit log, as every read of a whole council's personal data is.
 */
@Controller("/council-data")
@Secured(Roles.ADMIN)
public class CouncilDataController {
    private static final MediaType ZIP = MediaType.of("application/zip");

    private final CouncilAdministration administration;
    private final AuditLog audit;
    private final String service;

    public CouncilDataController(CouncilAdministration administration, AuditLog audit,
                                 @Value("${micronaut.application.name:service}") String service) {
        this.administration = administration;
        this.audit = audit;
        this.service = service;
    }

    @Get(produces = "application/zip")
    @ExecuteOn(TaskExecutors.BLOCKING)
    public HttpResponse<StreamedFile> export(Authentication authentication, HttpRequest<?> request) {
        Caller caller = Caller.of(authentication);
        StreamedFile zip = new StreamedFile(administration.export(caller), ZIP)
                .attach(administration.exportName(service));
        audit.record(caller, "export council data", service, "200",
                request.getRemoteAddress().getAddress().getHostAddress());
        return HttpResponse.ok(zip);
    }
}
