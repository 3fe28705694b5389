package uk.councilprotocol.notifications.notify;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import org.junit.jupiter.api.TestInstance;
import uk.councilprotocol.testkit.FakeNotify;
import uk.councilprotocol.testkit.ServiceSurfaceContract;

import java.util.List;
import java.util.Map;

/**
 * The service's surface with GOV.UK Notify as its channel, so its delivery-receipts route (open to Notify, checked
 * against its own token) is held to the contract too: 401 without Notify's token, bad input a 400 that names the
 * field, never a server error.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotifySurfaceTest extends ServiceSurfaceContract implements TestPropertyProvider {
    @Override
    public Map<String, String> getProperties() {
        return Map.of("notifications.channel", "notify", "notifications.notify.api-key", FakeNotify.API_KEY,
                "notifications.notify.template-id", FakeNotify.TEMPLATE_ID, "notifications.notify.base-url", "http://127.0.0.1:9",
                "notifications.notify.callback-token", "surface-test-token");
    }

    @Override
    protected List<String> grpcServices() {
        return List.of("councilprotocol.notifications.v1.Reminders", "councilprotocol.notifications.v1.Preferences");
    }

    @Override
    protected String schema() {
        return "notifications";
    }
}
