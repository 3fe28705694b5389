package uk.councilprotocol.plans.importing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
import io.micronaut.security.annotation.Secured;
import uk.councilprotocol.platform.security.Roles;

import java.util.Map;

/**
 * Shows how a plan table will be read — which header became which column and every action row — before
 * anything is imported. {@code mapping} is optional JSON, header → role, for a layout the reader does not know.
 */
@Controller("/plans/import/preview")
@Secured({Roles.STANDARDS, Roles.ADMIN})
public class ImportPreviewController {
    private final PlanTableReader reader;
    private final JsonMapper json;

    public ImportPreviewController(PlanTableReader reader, JsonMapper json) {
        this.reader = reader;
        this.json = json;
    }

    @Post
    @Consumes({"text/tab-separated-values", MediaType.TEXT_PLAIN})
    public PlanTable preview(@Body String table, @Nullable @QueryValue String mapping) {
        return reader.read(table, ColumnMapping.parse(json, mapping));
    }

}
