package uk.councilprotocol.training.completions;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.councilprotocol.contracts.training.v1.CompletionsGrpc;
import uk.councilprotocol.contracts.training.v1.GetTranscriptRequest;
import uk.councilprotocol.testkit.GrpcCalls;
import uk.councilprotocol.testkit.HttpCalls;
import uk.councilprotocol.testkit.ServiceCallsTest;
import uk.councilprotocol.training.TrainingFixtures;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A person's training record as a PDF, over HTTP and gRPC: what it says, and who may have it. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TranscriptsTest extends ServiceCallsTest {
    static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Inject
    Clock clock;

    LocalDate nolanDone;

    @BeforeAll
    void rosterAndCompletions() {
        LocalDate today = LocalDate.now(clock);
        HttpCalls hr = as("hr-amy", "hr");
        assertThat(hr.post("/roster/import", "text/csv", TrainingFixtures.smallRoster("tr", today.minusYears(1).toString())).status())
                .isEqualTo(200);
        nolanDone = today.minusDays(10);
        assertThat(hr.postJson("/completions", Map.of("personId", "tr-OFF", "courseCode", "NOLAN_PRINCIPLES",
                "completedOn", nolanDone.toString(), "provider", "Independent facilitator")).status()).isEqualTo(201);
        String wrong = hr.postJson("/completions", Map.of("personId", "tr-OFF", "courseCode", "EQUALITY_DIVERSITY",
                "completedOn", today.minusDays(3).toString(), "provider", "Recorded In Error Ltd")).json()
                .get("completion").get("id").asText();
        assertThat(hr.post("/completions/" + wrong + "/withdrawal", "application/json", "{\"reason\":\"another officer's\"}")
                .status()).isEqualTo(200);
    }

    static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void thePersonDownloadsTheirRecordWithoutWithdrawnCompletions() throws Exception {
        HttpCalls.Download pdf = as("tr-OFF", "officer").download("/roster/people/tr-OFF/transcript.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.disposition()).contains("training-record-tr-OFF-" + LocalDate.now(clock) + ".pdf");
        String text = text(pdf.bytes());
        assertThat(text).contains("Training record", "Cal Officer (tr-OFF), Adults and Communities",
                "Nolan Principles of Public Life " + LONG.format(nolanDone) + " Independent facilitator " + LONG.format(nolanDone.plusMonths(48)))
                .as("withdrawn in error").doesNotContain("Recorded In Error Ltd");
        assertThat(text.substring(text.indexOf(" Due "))).as("the withdrawn course is due again").contains("Equality");
    }

    @Test
    void theLineManagerAndHrMayHaveItOthersMayNot() throws Exception {
        assertThat(as("tr-DIR", "officer").download("/roster/people/tr-OFF/transcript.pdf").status()).isEqualTo(200);
        assertThat(as("tr-CLLR2", "councillor").download("/roster/people/tr-OFF/transcript.pdf").status()).isEqualTo(403);
        CompletionsGrpc.CompletionsBlockingStub hr = GrpcCalls.withToken(CompletionsGrpc.newBlockingStub(channel),
                scope.token("hr-amy", "hr"));
        var chunk = hr.getTranscript(GetTranscriptRequest.newBuilder().setPersonId("tr-CLLR1").build());
        assertThat(chunk.getContentType()).isEqualTo("application/pdf");
        assertThat(text(chunk.getData().toByteArray())).contains("Cllr Dee Leader (tr-CLLR1), Independent Group", "None recorded");
        assertThatThrownBy(() -> hr.getTranscript(GetTranscriptRequest.getDefaultInstance()))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
                    assertThat(GrpcCalls.badRequestFields(e)).containsExactly("person_id");
                });
        assertThatThrownBy(() -> hr.getTranscript(GetTranscriptRequest.newBuilder().setPersonId("nobody").build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND));
    }
}
