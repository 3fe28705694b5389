package uk.councilprotocol.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.grpc.ManagedChannel;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.councilprotocol.contracts.plans.v1.ActionStatus;
import uk.councilprotocol.contracts.plans.v1.ChangeStatusRequest;
import uk.councilprotocol.contracts.plans.v1.PlansGrpc;
import uk.councilprotocol.deploy.Platform;
import uk.councilprotocol.deploy.ServiceSpec;
import uk.councilprotocol.testkit.Eventually;
import uk.councilprotocol.testkit.GrpcCalls;
import uk.councilprotocol.testkit.HttpCalls;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.stream.StreamSupport;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;

/**
 * An action plan end to end, every service in its own JVM: HR's roster (with job titles) reaches plans- and
 * notifications-service; the standards team imports a plan naming an owner by post; the holder of the post is
 * emailed; the action shows live training figures read from training-service over gRPC with plans-service's
 * own token; the owner completes it over gRPC.
 */
@ExtendWith(SharedPlatform.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanJourneyTest {
    Platform platform;
    ManagedChannel plansGrpc;
    final String id = UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    @BeforeAll
    void start(Platform shared) {
        platform = shared;
        plansGrpc = GrpcCalls.channel(platform.service(ServiceSpec.PLANS).grpcPort());
    }

    @AfterAll
    void stop() throws Exception {
        if (plansGrpc != null) {
            plansGrpc.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
        if (platform != null) {
            // The services' logs so far, kept for whoever reads a failure (the shared platform goes on running).
            Path kept = Path.of("target/plan-journey-logs");
            Files.createDirectories(kept);
            try (var logs = Files.list(platform.layout().logs())) {
                for (Path log : logs.toList()) {
                    Files.copy(log, kept.resolve(log.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    @Test
    void thePostHolderIsRemindedSeesLiveFiguresAndCompletesTheAction() throws Exception {
        String director = "EM-D" + id;
        String directorEmail = director.toLowerCase() + "@eastmoor.example.gov.uk";
        HttpCalls training = new HttpCalls(platform.service(ServiceSpec.TRAINING).httpUrl()).as(platform.tokens().token("hr", "hr"));
        assertThat(training.post("/roster/import", "text/csv", "id,full_name,email,kind,roles,department,job_title,start_date\n"
                + director + ",Dana Director," + directorEmail + ",officer,chief-officer,Law and Governance,Director of Law and Governance,2020-01-06\n"
                + "CL1" + id + ",Cllr Lee Leader,cl1" + id + "@eastmoor.example.gov.uk,councillor,group-leader,,,2023-05-08\n"
                + "CL2" + id + ",Cllr Max Leader,cl2" + id + "@eastmoor.example.gov.uk,councillor,group-leader,,,2023-05-08\n").status())
                .isEqualTo(200);
        assertThat(training.postJson("/completions", Map.of("personId", "CL1" + id, "courseCode", "NOLAN_PRINCIPLES",
                "completedOn", LocalDate.now(platform.clock()).toString(), "provider", "Independent facilitator")).status()).isEqualTo(201);

        LocalDate due = LocalDate.now(platform.clock()).plusDays(20);
        String table = "Theme\tAction\tOwner\tDue date\n"
                + "Skills & training\tNolan Principles training for Group Leaders\tDirector of Law and Governance\t"
                + due.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)) + "\n";
        HttpCalls standards = new HttpCalls(platform.service(ServiceSpec.PLANS).httpUrl()).as(platform.tokens().token("mo", "standards"));
        HttpCalls.Reply imported = standards.post("/plans/import?title=" + URLEncoder.encode("Protocol plan " + id, StandardCharsets.UTF_8),
                "text/tab-separated-values", table);
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        String actionId = imported.json().get("created").get(0).get("actionId").asText();

        // The 30-day reminder's time has passed, so it goes now, to whoever holds the post per the roster.
        MimeMessage reminder = platform.mail().awaitMailbox(directorEmail, 1, Duration.ofSeconds(60)).get(0);
        assertThat(reminder.getSubject()).startsWith("Action due by").contains("Nolan Principles training for Group Leaders");

        assertThat(standards.put("/actions/" + actionId + "/evidence", "application/json",
                "{\"measure\":\"COURSE_COMPLETION\",\"courseCode\":\"NOLAN_PRINCIPLES\",\"groupBy\":\"role\",\"group\":\"group-leader\"}")
                .status()).isEqualTo(200);
        JsonNode evidence = Eventually.get(() -> {
            JsonNode read = standards.get("/actions/" + actionId).json().get("evidence");
            return read.get("available").asBoolean() ? read : null;
        }, Duration.ofSeconds(30), () -> "training-service answered plans-service");
        // training's own figure for every group leader of the council (the demo's too, when the browser journeys have
        // loaded it on this shared platform), which this journey's two leaders, one trained, are part of
        JsonNode leaders = StreamSupport.stream(training.get("/compliance/summary?by=role&course=NOLAN_PRINCIPLES").json()
                .get("groups").spliterator(), false).filter(g -> g.get("group").asText().equals("group-leader")).findFirst().orElseThrow();
        assertThat(leaders.get("required").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(leaders.get("done").asInt()).isGreaterThanOrEqualTo(1);
        String figure = String.format(Locale.UK, "Nolan Principles, group leader: %.0f%% complete (%d of %d)",
                leaders.get("percentComplete").asDouble(), leaders.get("done").asInt(), leaders.get("required").asInt());
        assertThat(evidence.get("label").asText()).isEqualTo(figure);
        assertThat(evidence.get("readAt").asText()).isNotBlank();
        assertThat(standards.get("/plans/" + imported.json().get("planId").asText() + "/report").body()).contains(figure);

        var done = GrpcCalls.withToken(PlansGrpc.newBlockingStub(plansGrpc), platform.tokens().token(director, "officer"))
                .changeStatus(ChangeStatusRequest.newBuilder().setActionId(actionId).setStatus(ActionStatus.COMPLETE)
                        .setNarrative("All group leaders booked on the February session.").build());
        assertThat(done.getStatus()).isEqualTo(ActionStatus.COMPLETE);
        assertThat(done.getProgressList()).filteredOn(u -> u.getNarrative().startsWith("All group leaders booked"))
                .singleElement().satisfies(u -> assertThat(u.getAuthor()).isEqualTo("Dana Director"));
        assertThat(done.getProgressList()).extracting(u -> u.getNarrative()).as("the evidence link is in the timeline too")
                .contains("Live evidence linked: completion of NOLAN_PRINCIPLES by role group-leader");
    }
}
