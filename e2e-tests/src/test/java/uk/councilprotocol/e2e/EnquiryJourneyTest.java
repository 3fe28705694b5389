package uk.councilprotocol.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.grpc.ManagedChannel;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.councilprotocol.contracts.enquiries.v1.EnquiriesGrpc;
import uk.councilprotocol.contracts.enquiries.v1.EnquiryStatus;
import uk.councilprotocol.contracts.enquiries.v1.ListAssignedRequest;
import uk.councilprotocol.contracts.enquiries.v1.RespondRequest;
import uk.councilprotocol.deploy.Platform;
import uk.councilprotocol.deploy.ServiceSpec;
import uk.councilprotocol.testkit.Eventually;
import uk.councilprotocol.testkit.GrpcCalls;
import uk.councilprotocol.testkit.HttpCalls;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Councillor enquiry end to end, every service in its own JVM: HR's roster reaches enquiries-service as
 * events; the Hub logs the enquiry over HTTP; the councillor's acknowledgement and the officer's notice
 * arrive at the SMTP server; the department finds it in its queue and answers over gRPC; the councillor is told.
 */
@ExtendWith(SharedPlatform.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnquiryJourneyTest {
    Platform platform;
    ManagedChannel enquiriesGrpc;
    final String id = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    final String councillor = "CLLR-" + id;
    final String officer = "EM-" + id;

    @BeforeAll
    void start(Platform shared) {
        platform = shared;
        enquiriesGrpc = GrpcCalls.channel(platform.service(ServiceSpec.ENQUIRIES).grpcPort());
    }

    @AfterAll
    void stop() throws Exception {
        if (enquiriesGrpc != null) {
            enquiriesGrpc.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void theHubLogsAnEnquiryTheDepartmentAnswersItAndEveryoneIsToldByEmail() throws Exception {
        HttpCalls training = new HttpCalls(platform.service(ServiceSpec.TRAINING).httpUrl()).as(platform.tokens().token("hr", "hr"));
        String councillorEmail = councillor.toLowerCase() + "@eastmoor.example.gov.uk";
        String officerEmail = officer.toLowerCase() + "@eastmoor.example.gov.uk";
        assertThat(training.post("/roster/import", "text/csv", "id,full_name,email,kind,department,start_date\n"
                + councillor + ",Cllr Ada Asker," + councillorEmail + ",councillor,,2023-05-08\n"
                + officer + ",Ola Officer," + officerEmail + ",officer,Environment and Place,2024-01-08\n").status()).isEqualTo(200);

        HttpCalls hub = new HttpCalls(platform.service(ServiceSpec.ENQUIRIES).httpUrl()).as(platform.tokens().token("EM-HUB", "hub"));
        // a ward of its own: the shared platform may hold the demo's Highways rule (the browser journeys load the demo)
        String ward = "Ward " + id;
        assertThat(hub.postJson("/routing-rules", Map.of("category", "Highways", "ward", ward, "department", "Environment and Place",
                "defaultOfficerId", officer)).status()).isEqualTo(201);
        JsonNode logged = Eventually.get(() -> {
            HttpCalls.Reply reply = hub.postJson("/enquiries", Map.of("councillorId", councillor, "channel", "email",
                    "subject", "Streetlight out on Mill Lane", "description", "Dark for a week; residents worried.",
                    "category", "Highways", "ward", ward, "constituent", Map.of("name", "Sam Resident", "contact", "07700 900555")));
            return reply.status() == 201 ? reply.json() : null; // the councillor arrives as a roster event
        }, Duration.ofSeconds(60), () -> "the enquiry was logged");
        String reference = logged.get("reference").asText();

        MimeMessage ack = platform.mail().awaitMailbox(councillorEmail, 1, Duration.ofSeconds(60)).get(0);
        assertThat(ack.getSubject()).isEqualTo("Your enquiry " + reference + " has been received");
        MimeMessage assigned = platform.mail().awaitMailbox(officerEmail, 1, Duration.ofSeconds(60)).stream()
                .filter(this::isEnquiryNotice).findFirst().orElseThrow();
        assertThat(assigned.getSubject()).startsWith("Councillor enquiry " + reference + " assigned to you");

        var department = GrpcCalls.withToken(EnquiriesGrpc.newBlockingStub(enquiriesGrpc),
                platform.tokens().token(officer, "officer", "department:environment-and-place")).withDeadlineAfter(10, TimeUnit.SECONDS);
        var queue = department.listAssigned(ListAssignedRequest.getDefaultInstance());
        assertThat(queue.getEnquiriesList()).anyMatch(e -> e.getReference().equals(reference)
                && e.getConstituent().getName().equals("Sam Resident"));
        var answered = GrpcCalls.withToken(EnquiriesGrpc.newBlockingStub(enquiriesGrpc),
                        platform.tokens().token(officer, "officer", "department:environment-and-place"))
                .respond(RespondRequest.newBuilder().setReference(reference).setResponse("Repaired; the column is sound.").build());
        assertThat(answered.getStatus()).isEqualTo(EnquiryStatus.RESPONDED);

        MimeMessage told = platform.mail().awaitMailbox(councillorEmail, 2, Duration.ofSeconds(60)).get(1);
        assertThat(told.getSubject()).isEqualTo("Your enquiry " + reference + " has been answered");
    }

    private boolean isEnquiryNotice(MimeMessage message) {
        try {
            return message.getSubject().startsWith("Councillor enquiry");
        } catch (Exception e) {
            return false;
        }
    }
}
