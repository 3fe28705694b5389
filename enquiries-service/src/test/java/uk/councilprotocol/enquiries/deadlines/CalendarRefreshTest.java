package uk.councilprotocol.enquiries.deadlines;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.councilprotocol.platform.time.BankHolidayFile;
import uk.councilprotocol.testkit.Eventually;
import uk.councilprotocol.testkit.HttpCalls;
import uk.councilprotocol.testkit.TestScope;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GOV.UK publishes next year's bank holidays: the service fetches the file on schedule from the configured location
 * (here a small HTTP server standing in for www.gov.uk), keeps it for every replica, and counts deadlines by it;
 * a file that would take years away is refused.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalendarRefreshTest implements TestPropertyProvider {
    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EmbeddedServer server;
    @Inject
    CalendarRefresh refresh;

    final TestScope scope = TestScope.of(getClass());
    final AtomicReference<byte[]> published = new AtomicReference<>();
    HttpServer govUk;

    @Override
    public Map<String, String> getProperties() {
        try {
            govUk = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            govUk.createContext("/bank-holidays.json", exchange -> {
                byte[] body = published.get();
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            govUk.start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        // the schedule is the test's to drive: its first run an hour away
        return Map.of("enquiries.calendar.refresh-url", "http://127.0.0.1:" + govUk.getAddress().getPort() + "/bank-holidays.json",
                "enquiries.calendar.refresh-first", "1h");
    }

    @AfterAll
    void stop() {
        govUk.stop(0);
    }

    /**
     * The bundled file with the given year's New Year's Day and a one-off bank holiday on 3 January added to every
     * division (GOV.UK adds a year at a time), or with its last year taken away.
     */
    static byte[] withNewYear(int year, boolean dropLastYear) throws IOException {
        try (InputStream in = BankHolidayFile.class.getClassLoader().getResourceAsStream(BankHolidayFile.BUNDLED)) {
            ObjectNode file = (ObjectNode) JSON.readTree(in);
            file.fields().forEachRemaining(division -> {
                ArrayNode events = (ArrayNode) division.getValue().get("events");
                if (dropLastYear) {
                    for (int i = events.size() - 1; i >= 0; i--) {
                        if (events.get(i).get("date").asText().startsWith("2028")) {
                            events.remove(i);
                        }
                    }
                } else {
                    events.addObject().put("title", "New Year’s Day").put("date", year + "-01-01").put("notes", "").put("bunting", true);
                    events.addObject().put("title", "A one-off bank holiday").put("date", year + "-01-03").put("notes", "").put("bunting", true);
                }
            });
            return JSON.writeValueAsBytes(file);
        }
    }

    @Test
    void nextYearsBankHolidaysArriveWithoutARelease() throws Exception {
        HttpCalls hub = new HttpCalls(server.getURL().toString()).as(scope.token("hub-aisha", "hub"));
        assertThat(hub.get("/working-days").json().get("lastYear").asInt()).as("the bundled file").isEqualTo(2028);
        // Thursday 28 December 2028: counted into 2029, which the bundled file does not know (its regular holidays assumed)
        HttpCalls.Reply before = hub.get("/working-days/deadline?receivedAt=2028-12-28T10:00:00Z");
        assertThat(before.json().get("dueDate").asText()).isEqualTo("2029-01-12");
        assertThat(before.json().get("provisional").asBoolean()).isTrue();

        published.set(withNewYear(2029, false));
        assertThat(refresh.fetch()).isEqualTo(CalendarRefresh.Outcome.KEPT);
        assertThat(refresh.fetch()).as("the same file again").isEqualTo(CalendarRefresh.Outcome.UNCHANGED);
        assertThat(scope.text("SELECT last_year || ' ' || source FROM enquiries.bank_holiday_file"))
                .startsWith("2029 http://127.0.0.1:");
        refresh.adopt();
        // each council's calendar is read again within two seconds
        Eventually.assertTrue(() -> hub.get("/working-days").json().get("lastYear").asInt() == 2029, Duration.ofSeconds(10),
                "the fetched file in use");
        HttpCalls.Reply after = hub.get("/working-days/deadline?receivedAt=2028-12-28T10:00:00Z");
        assertThat(after.json().get("dueDate").asText()).as("the one-off holiday on 3 January 2029 skipped too").isEqualTo("2029-01-15");
        assertThat(after.json().get("provisional").asBoolean()).isFalse();

        published.set(withNewYear(0, true));
        assertThat(refresh.fetch()).as("a file ending in 2027 would take years away").isEqualTo(CalendarRefresh.Outcome.REFUSED);
        published.set("<html>Service unavailable</html>".getBytes());
        assertThat(refresh.fetch()).as("not a bank-holidays file").isEqualTo(CalendarRefresh.Outcome.REFUSED);
        assertThat(scope.text("SELECT last_year::text FROM enquiries.bank_holiday_file")).as("the good file kept").isEqualTo("2029");
    }
}
