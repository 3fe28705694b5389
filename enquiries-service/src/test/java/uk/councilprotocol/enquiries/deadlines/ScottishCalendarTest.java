package uk.councilprotocol.enquiries.deadlines;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.councilprotocol.testkit.HttpCalls;
import uk.councilprotocol.testkit.TestScope;

import static org.assertj.core.api.Assertions.assertThat;

/** A Scottish council's calendar: 2 January is a holiday there (substituted to Monday 4 January in 2027). */
@MicronautTest(transactional = false)
@Property(name = "enquiries.calendar.division", value = "scotland")
class ScottishCalendarTest {
    @Inject
    EmbeddedServer server;

    @Test
    void theDivisionsBankHolidaysApply() {
        HttpCalls hub = new HttpCalls(server.getURL().toString()).as(TestScope.of(getClass()).token("hub", "hub"));
        // England and Wales would make this Thursday 14 January; in Scotland 4 January is also a holiday.
        assertThat(hub.get("/working-days/deadline?receivedAt=2026-12-30T10:00:00Z").json().get("dueDate").asText())
                .isEqualTo("2027-01-15");
        assertThat(hub.get("/working-days").json().get("bankHolidays").get("2026-11-30").asText()).isEqualTo("St Andrew’s Day");
    }
}
