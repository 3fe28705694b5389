package uk.councilprotocol.enquiries.deadlines;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.councilprotocol.testkit.HttpCalls;
import uk.councilprotocol.testkit.TestScope;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A council loads its own file in the GOV.UK format, e.g. with a one-off bank holiday added. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalendarFileTest implements TestPropertyProvider {
    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        try {
            Path file = Files.createTempFile("bank-holidays", ".json");
            Files.writeString(file, """
                    {"england-and-wales": {"division": "england-and-wales", "events": [
                      {"title": "New Year’s Day", "date": "2030-01-01", "notes": "", "bunting": true},
                      {"title": "A one-off bank holiday", "date": "2030-06-03", "notes": "", "bunting": true},
                      {"title": "Christmas Day", "date": "2030-12-25", "notes": "", "bunting": true}]}}
                    """);
            return Map.of("enquiries.calendar.file", file.toString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void holidaysComeFromTheConfiguredFile() {
        HttpCalls hub = new HttpCalls(server.getURL().toString()).as(TestScope.of(getClass()).token("hub", "hub"));
        // Monday 27 May 2030: ten working days skipping Monday 3 June ends on Tuesday 11 June.
        assertThat(hub.get("/working-days/deadline?receivedAt=2030-05-27T09:00:00Z").json().get("dueDate").asText())
                .isEqualTo("2030-06-11");
        assertThat(hub.get("/working-days").json().get("firstYear").asInt()).isEqualTo(2030);
    }
}
