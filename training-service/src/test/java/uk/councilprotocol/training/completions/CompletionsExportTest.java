package uk.councilprotocol.training.completions;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.councilprotocol.contracts.training.v1.CompletionsGrpc;
import uk.councilprotocol.contracts.training.v1.ExportCompletionsRequest;
import uk.councilprotocol.contracts.training.v1.FileChunk;
import uk.councilprotocol.testkit.GrpcCalls;
import uk.councilprotocol.testkit.HttpCalls;
import uk.councilprotocol.testkit.ServiceCallsTest;
import uk.councilprotocol.training.TrainingFixtures;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Completions exported from the service, CSV and Excel, over HTTP and gRPC: filtered by date, course and department,
 * withdrawn ones only when asked for; HR gets everyone's, a department its own people's, a councillor none.
 */
// Dates follow the business date: CI runs it again with the clock pinned to awkward days (.ci/run).
@Tag("business-date")
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompletionsExportTest extends ServiceCallsTest {
    @Inject
    Clock clock;

    LocalDate today;

    @BeforeAll
    void recordSome() {
        today = LocalDate.now(clock);
        HttpCalls.Reply roster = hr().post("/roster/import", "text/csv", TrainingFixtures.smallRoster("exp", today.minusYears(1).toString()));
        assertThat(roster.status()).as(roster.body()).isEqualTo(200);
        record("exp-CE", "NOLAN_PRINCIPLES", today.minusDays(5));
        record("exp-OFF", "NOLAN_PRINCIPLES", today.minusDays(3));
        record("exp-OFF", "EQUALITY_DIVERSITY", today.minusDays(60));
        String wrong = record("exp-DIR", "EQUALITY_DIVERSITY", today.minusDays(2));
        HttpCalls.Reply withdrawn = hr().post("/completions/" + wrong + "/withdrawal", "application/json",
                HttpCalls.toJson(Map.of("reason", "recorded against the wrong person")));
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
    }

    HttpCalls hr() {
        return as("hr-amy", "hr");
    }

    String record(String personId, String course, LocalDate on) {
        HttpCalls.Reply recorded = hr().postJson("/completions", Map.of("personId", personId, "courseCode", course,
                "completedOn", on.toString(), "provider", "=cmd|' /C calc'!A0", "evidenceReference", "CERT-" + personId));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        return recorded.json().get("completion").get("id").asText();
    }

    static List<CSVRecord> csv(byte[] bytes) throws Exception {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(text.substring(1))).getRecords();
    }

    @Test
    void hrExportsTheFilteredCompletionsAsCsvAndExcel() throws Exception {
        HttpCalls.Download all = hr().download("/completions/export.csv");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.contentType()).startsWith("text/csv");
        assertThat(all.disposition()).contains("completions.csv");
        List<CSVRecord> rows = csv(all.bytes());
        assertThat(rows).extracting(r -> r.get("person_id") + " " + r.get("course_code"))
                .as("oldest first; the withdrawn one left out")
                .containsExactly("exp-OFF EQUALITY_DIVERSITY", "exp-CE NOLAN_PRINCIPLES", "exp-OFF NOLAN_PRINCIPLES");
        CSVRecord cal = rows.get(0);
        assertThat(cal.get("full_name")).isEqualTo("Cal Officer");
        assertThat(cal.get("department")).isEqualTo("Adults and Communities");
        assertThat(cal.get("completed_on")).isEqualTo(today.minusDays(60).toString());
        assertThat(cal.get("provider")).as("never a formula in a spreadsheet").isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(cal.get("withdrawn")).isEqualTo("no");

        String recent = "/completions/export.csv?from=" + today.minusDays(30) + "&to=" + today + "&withdrawn=true";
        assertThat(csv(hr().download(recent).bytes())).extracting(r -> r.get("person_id") + " " + r.get("withdrawn"))
                .containsExactly("exp-CE no", "exp-OFF no", "exp-DIR yes");
        assertThat(csv(hr().download("/completions/export.csv?course=NOLAN_PRINCIPLES&department=adults%20and%20communities").bytes()))
                .extracting(r -> r.get("person_id")).containsExactly("exp-OFF");

        HttpCalls.Download excel = hr().download("/completions/export.xlsx?course=NOLAN_PRINCIPLES");
        assertThat(excel.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(excel.bytes()))) {
            Sheet sheet = workbook.getSheet("Completions");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("person_id");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Alex Chief");
        }
    }

    @Test
    void aDepartmentGetsItsOwnPeopleAndACouncillorNone() throws Exception {
        HttpCalls adults = as("dept-ac", "officer", "department:adults-and-communities");
        assertThat(csv(adults.download("/completions/export.csv?withdrawn=true").bytes())).extracting(r -> r.get("person_id"))
                .containsExactly("exp-OFF", "exp-OFF", "exp-DIR");
        assertThat(csv(adults.download("/completions/export.csv?department=Chief%20Executive%27s%20Office").bytes()))
                .as("asking for another department's gives nothing of it").isEmpty();
        assertThat(as("cllr", "councillor").download("/completions/export.csv").status()).isEqualTo(403);
        assertThat(as("officer", "officer").download("/completions/export.xlsx").status()).isEqualTo(403);
    }

    @Test
    void badFiltersAreNamed() {
        HttpCalls.Reply bad = hr().get("/completions/export.csv?from=yesterday&to=2026-02-30");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.violationFields()).containsExactlyInAnyOrder("from", "to");
        assertThat(hr().get("/completions/export.csv?from=" + today + "&to=" + today.minusDays(1)).violationFields()).containsExactly("to");
    }

    @Test
    void aDepartmentsSystemExportsOverGrpc() throws Exception {
        CompletionsGrpc.CompletionsBlockingStub hr = GrpcCalls.withToken(CompletionsGrpc.newBlockingStub(channel), scope.token("hr-amy", "hr"))
                .withDeadlineAfter(10, TimeUnit.SECONDS);
        Iterator<FileChunk> chunks = hr.exportCompletions(ExportCompletionsRequest.newBuilder().setCourseCode("NOLAN_PRINCIPLES").build());
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        List<FileChunk> received = new ArrayList<>();
        chunks.forEachRemaining(chunk -> {
            received.add(chunk);
            file.writeBytes(chunk.getData().toByteArray());
        });
        assertThat(received.get(0).getFileName()).isEqualTo("completions.csv");
        assertThat(received.get(0).getContentType()).startsWith("text/csv");
        assertThat(file.toByteArray()).as("the same file as over HTTP")
                .isEqualTo(hr().download("/completions/export.csv?course=NOLAN_PRINCIPLES").bytes());

        assertThatThrownBy(() -> hr.exportCompletions(ExportCompletionsRequest.newBuilder().setFormat("pdf").setFrom("soon").build()).hasNext())
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
                    assertThat(GrpcCalls.badRequestFields(e)).containsExactly("format");
                });
        CompletionsGrpc.CompletionsBlockingStub councillor = GrpcCalls.withToken(CompletionsGrpc.newBlockingStub(channel),
                scope.token("cllr", "councillor")).withDeadlineAfter(10, TimeUnit.SECONDS);
        assertThatThrownBy(() -> councillor.exportCompletions(ExportCompletionsRequest.getDefaultInstance()).hasNext())
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
    }
}
