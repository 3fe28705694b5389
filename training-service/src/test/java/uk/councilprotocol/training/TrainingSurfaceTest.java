package uk.councilprotocol.training;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import uk.councilprotocol.testkit.ServiceSurfaceContract;

import java.util.List;

@MicronautTest(transactional = false)
class TrainingSurfaceTest extends ServiceSurfaceContract {
    @Override
    protected List<String> grpcServices() {
        return List.of("councilprotocol.training.v1.Roster", "councilprotocol.training.v1.Completions", "councilprotocol.training.v1.Compliance", "councilprotocol.training.v1.Courses");
    }

    @Override
    protected String schema() {
        return "training";
    }
}
