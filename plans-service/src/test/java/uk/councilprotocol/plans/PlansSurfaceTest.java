package uk.councilprotocol.plans;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import uk.councilprotocol.testkit.ServiceSurfaceContract;

import java.util.List;

/** plans-service starts, migrates its own schema, reports healthy, and every route and method refuses a missing or forged token. */
@MicronautTest(transactional = false)
class PlansSurfaceTest extends ServiceSurfaceContract {
    @Override
    protected List<String> grpcServices() {
        return List.of("councilprotocol.plans.v1.Plans");
    }

    @Override
    protected String schema() {
        return "plans";
    }
}
