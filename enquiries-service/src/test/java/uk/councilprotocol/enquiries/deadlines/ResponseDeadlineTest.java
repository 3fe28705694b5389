package uk.councilprotocol.enquiries.deadlines;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.councilprotocol.platform.time.AdjustableClock;
import uk.councilprotocol.testkit.HttpCalls;
import uk.councilprotocol.testkit.TestScope;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** Protocol 9.1.5 in England and Wales: 10 working days from receipt, weekends and bank holidays excluded. */
// Its outcome depends on the business date: CI runs it again with the clock pinned to awkward days (.ci/run).
@Tag("business-date")
@MicronautTest(transactional = false)
class ResponseDeadlineTest {
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Inject
    EmbeddedServer server;
    @Inject
    AdjustableClock clock;

    JsonNode deadlineFor(String localReceipt) {
        String instant = LocalDateTime.parse(localReceipt).atZone(LONDON).toInstant().toString();
        HttpCalls.Reply reply = new HttpCalls(server.getURL().toString())
                .as(TestScope.of(getClass()).token("hub-aisha", "hub")).get("/working-days/deadline?receivedAt=" + instant);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    @Test
    void anOrdinaryFortnightIsTenWorkingDays() {
        JsonNode deadline = deadlineFor("2026-11-02T10:00");   // Monday morning
        assertThat(deadline.get("countsFrom").asText()).isEqualTo("2026-11-02");
        assertThat(deadline.get("dueDate").asText()).isEqualTo("2026-11-16");
        assertThat(deadline.get("dueAt").asText()).isEqualTo("2026-11-16T17:00:00Z");
    }

    @Test
    void receiptAfterFiveOrAtTheWeekendCountsFromTheNextWorkingDay() {
        assertThat(deadlineFor("2026-11-06T16:59").get("dueDate").asText()).isEqualTo("2026-11-20"); // Friday before 17:00
        JsonNode late = deadlineFor("2026-11-06T17:30");                                              // Friday after 17:00
        assertThat(late.get("countsFrom").asText()).isEqualTo("2026-11-09");
        assertThat(late.get("dueDate").asText()).isEqualTo("2026-11-23");
        assertThat(deadlineFor("2026-11-07T11:00").get("countsFrom").asText()).isEqualTo("2026-11-09"); // Saturday
        assertThat(deadlineFor("2026-11-08T09:00").get("dueDate").asText()).isEqualTo("2026-11-23");    // Sunday
    }

    @Test
    void christmasAndNewYearBankHolidaysAreSkipped() {
        // Friday 18 December 2026 after 17:00 counts from Monday 21st; 25 and 28 December and 1 January are holidays.
        JsonNode deadline = deadlineFor("2026-12-18T18:00");
        assertThat(deadline.get("countsFrom").asText()).isEqualTo("2026-12-21");
        assertThat(deadline.get("dueDate").asText()).isEqualTo("2027-01-07");
        // Received on Christmas Day itself: counts from Tuesday 29 December.
        assertThat(deadlineFor("2026-12-25T10:00").get("countsFrom").asText()).isEqualTo("2026-12-29");
    }

    @Test
    void easterBankHolidaysAreSkipped() {
        // Good Friday 26 March and Easter Monday 29 March 2027.
        assertThat(deadlineFor("2027-03-24T09:00").get("dueDate").asText()).isEqualTo("2027-04-09");
    }

    @Test
    void fiveOClockIsLocalTimeInSummerToo() {
        // 16:30 UTC on 1 July is 17:30 British Summer Time: after close, so it counts from the next day.
        String instant = "2026-07-01T16:30:00Z";
        JsonNode deadline = new HttpCalls(server.getURL().toString())
                .as(TestScope.of(getClass()).token("hub-aisha", "hub")).get("/working-days/deadline?receivedAt=" + instant).json();
        assertThat(deadline.get("countsFrom").asText()).isEqualTo("2026-07-02");
        assertThat(deadline.get("dueAt").asText()).isEqualTo("2026-07-16T16:00:00Z"); // 17:00 BST
    }

    @Test
    void aYearBeyondTheBankHolidayFileGivesAProvisionalDeadlineAndBadInputIsRefusedClearly() {
        HttpCalls hub = new HttpCalls(server.getURL().toString()).as(TestScope.of(getClass()).token("hub-aisha", "hub"));
        JsonNode beyond = hub.get("/working-days/deadline?receivedAt=2029-06-01T09:00:00Z").json();
        assertThat(beyond.get("dueDate").asText()).as("ten working days, the regular holidays expected").isEqualTo("2029-06-15");
        assertThat(beyond.get("provisional").asBoolean()).isTrue();
        assertThat(hub.get("/working-days/deadline?receivedAt=2028-06-01T09:00:00Z").json().get("provisional").asBoolean()).isFalse();
        HttpCalls.Reply bad = hub.get("/working-days/deadline?receivedAt=yesterday");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("violations").get(0).get("field").asText()).isEqualTo("receivedAt");

        JsonNode calendar = hub.get("/working-days").json();
        assertThat(calendar.get("division").asText()).isEqualTo("england-and-wales");
        assertThat(calendar.get("coveredUntil").asText()).isEqualTo("2028-12-31");
        try {
            clock.setInstant(Instant.parse("2028-06-30T12:00:00Z"));
            assertThat(hub.get("/working-days").json().get("runsOutSoon").asBoolean()).as("six months and a day left").isFalse();
            clock.setInstant(Instant.parse("2028-07-01T12:00:00Z"));
            assertThat(hub.get("/working-days").json().get("runsOutSoon").asBoolean()).as("less than six months left").isTrue();
        } finally {
            clock.reset();
        }
        assertThat(calendar.get("bankHolidays").get("2027-03-29").asText()).isEqualTo("Easter Monday");
    }
}
