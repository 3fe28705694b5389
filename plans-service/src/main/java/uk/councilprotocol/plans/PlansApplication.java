package uk.councilprotocol.plans;

import io.micronaut.openapi.annotation.OpenAPIInclude;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.micronaut.runtime.Micronaut;
import uk.councilprotocol.platform.audit.AuditController;
import uk.councilprotocol.platform.councils.CouncilDataController;
import uk.councilprotocol.platform.councils.CouncilsController;

/** Action plans, their owners' progress and the Standards Committee report. */
// The HTTP API's OpenAPI document (written at build time, served at /openapi.yml with Swagger UI at /openapi),
// with the platform's own routes (audit log, council settings and data) included.
@OpenAPIDefinition(info = @Info(title = "plans-service", version = "v1",
        description = "Action plans, actions, milestones and progress, and the Standards Committee report."
                + " Every call needs the council's bearer token (JWT)."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
@OpenAPIInclude(classes = {AuditController.class, CouncilsController.class, CouncilDataController.class})
public final class PlansApplication {
    private PlansApplication() {
    }

    public static void main(String[] args) {
        Micronaut.build(args).mainClass(PlansApplication.class).banner(false).start();
    }
}
