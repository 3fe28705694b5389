package uk.councilprotocol.notifications;

import com.fasterxml.jackson.databind.JsonNode;
import uk.councilprotocol.testkit.Eventually;
import uk.councilprotocol.testkit.HttpCalls;

import java.time.Duration;
import java.util.function.Predicate;

/** What HR sees of a subject's reminders and of refused addresses, over HTTP, waited for as a test needs them. */
public final class ReminderWatch {
    private final HttpCalls hr;

    /** @param hr calls as someone with the hr role */
    public ReminderWatch(HttpCalls hr) {
        this.hr = hr;
    }

    /** The subject's reminder of that kind once it is as described; the reminders as they stood if it never is. */
    public JsonNode await(String subjectId, String kind, Predicate<JsonNode> state, String described) {
        return Eventually.get(() -> {
            for (JsonNode r : hr.get("/reminders?subjectId=" + subjectId).json()) {
                if (r.get("kind").asText().equals(kind) && state.test(r)) {
                    return r;
                }
            }
            return null;
        }, Duration.ofSeconds(20), () -> kind + " " + described + ": " + hr.get("/reminders?subjectId=" + subjectId).body());
    }

    public JsonNode awaitStatus(String subjectId, String kind, String status) {
        return await(subjectId, kind, r -> r.get("status").asText().equals(status), status);
    }

    /** Whether the address is among those listed as undeliverable. */
    public boolean listed(String email) {
        for (JsonNode address : hr.get("/mail/undeliverable").json()) {
            if (address.get("email").asText().equals(email)) {
                return true;
            }
        }
        return false;
    }
}
