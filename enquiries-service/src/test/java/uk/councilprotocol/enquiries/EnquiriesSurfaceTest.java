package uk.councilprotocol.enquiries;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import uk.councilprotocol.testkit.ServiceSurfaceContract;

import java.util.List;

/** The skeleton starts, migrates its own schema and reports healthy; its API comes with its own issue. */
@MicronautTest(transactional = false)
class EnquiriesSurfaceTest extends ServiceSurfaceContract {
    @Override
    protected List<String> grpcServices() {
        return List.of("councilprotocol.enquiries.v1.Enquiries");
    }

    @Override
    protected String schema() {
        return "enquiries";
    }
}
