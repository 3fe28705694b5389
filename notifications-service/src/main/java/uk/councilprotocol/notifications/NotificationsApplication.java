package uk.councilprotocol.notifications;

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

/** Reminder emails before things fall due, and escalation when they are overdue. */
// The HTTP API's OpenAPI document (written at build time, served at /openapi.yml with Swagger UI at /openapi),
// with the platform's own routes (audit log, council settings and data) included.
@OpenAPIDefinition(info = @Info(title = "notifications-service", version = "v1",
        description = "Reminders and notices by email: what is planned and sent, people's choices, "
                + "the council's sending hours and voice, and the sent-mail log."
                + " Every call needs the council's bearer token (JWT)."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
@OpenAPIInclude(classes = {AuditController.class, CouncilsController.class, CouncilDataController.class})
public final class NotificationsApplication {
    private NotificationsApplication() {
    }

    public static void main(String[] args) {
        Micronaut.build(args).mainClass(NotificationsApplication.class).banner(false).start();
    }
}
