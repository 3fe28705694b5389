package uk.councilprotocol.bench;

import uk.councilprotocol.testkit.HttpCalls;

import java.util.Map;

/**
 * The Hub logging enquiries at a steady rate over HTTP: each call that answers 201 is an enquiry the platform
 * accepted (its reference is the key), and so owes its councillor one acknowledgement.
 */
final class EnquiryStream {
    static final int COUNCILLORS = 60;

    private EnquiryStream() {
    }

    static SteadyStream start(HttpCalls hub, double perSecond, String label) {
        return new SteadyStream("enquiry-stream", perSecond, n -> {
            HttpCalls.Reply reply = hub.postJson("/enquiries", Map.of("councillorId", RosterFile.id(n % COUNCILLORS),
                    "channel", "email", "subject", label + " " + n, "description", "Logged during a fault.", "category", "Highways"));
            if (reply.status() != 201) {
                throw new SteadyStream.Refused("HTTP " + reply.status());
            }
            return reply.json().get("reference").asText();
        });
    }

    static String councillorEmail(int councillor) {
        return "c" + councillor + "@bench.example.gov.uk";
    }
}
