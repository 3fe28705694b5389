package uk.councilprotocol.notifications;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import uk.councilprotocol.testkit.ServiceSurfaceContract;

import java.util.List;

@MicronautTest(transactional = false)
class NotificationsSurfaceTest extends ServiceSurfaceContract {
    @Override
    protected List<String> grpcServices() {
        return List.of("councilprotocol.notifications.v1.Reminders", "councilprotocol.notifications.v1.Preferences",
                "councilprotocol.notifications.v1.NoticeTemplates");
    }

    @Override
    protected String schema() {
        return "notifications";
    }
}
