package uk.councilprotocol.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.grpc.ManagedChannel;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import uk.councilprotocol.contracts.training.v1.CompletionsGrpc;
import uk.councilprotocol.contracts.training.v1.RecordCompletionRequest;
import uk.councilprotocol.contracts.training.v1.RecordCompletionResponse;
import uk.councilprotocol.deploy.Layout;
import uk.councilprotocol.deploy.Platform;
import uk.councilprotocol.deploy.Ports;
import uk.councilprotocol.deploy.ServiceProcess;
import uk.councilprotocol.deploy.ServiceSpec;
import uk.councilprotocol.platform.time.BankHolidayFile;
import uk.councilprotocol.platform.time.WorkingDayCalendar;
import io.micronaut.serde.ObjectMapper;
import uk.councilprotocol.testkit.Eventually;
import uk.councilprotocol.testkit.GrpcCalls;
import uk.councilprotocol.testkit.HttpCalls;
import uk.councilprotocol.testkit.MailServer;
import uk.councilprotocol.testkit.TraceParent;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import java.time.format.DateTimeFormatter;
import java.sql.DriverManager;
import java.util.Locale;
import jakarta.mail.Message;
import java.sql.SQLException;

/**
 * HR's slice end to end, with every service in its own JVM against real PostgreSQL, Kafka and SMTP:
 * a roster CSV arrives over HTTP, assignments follow, reminder emails go out as the (notifications) clock
 * advances (on the council's working mornings: its sending hours are on, as in a deployment), a department records
 * a completion over gRPC and that course's reminders stop. Redelivered
 * events send nothing twice, events written while Kafka is down arrive once it is back, and a service stopped cleanly
 * and started again answers once more.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TrainingReminderJourneyTest {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final WorkingDayCalendar CALENDAR = BankHolidayFile.bundled("england-and-wales", ObjectMapper.getDefault());
    /** The platform's business day (pinned by platform.clock.start when CI runs the awkward days), and the 90-day rule's due date. */
    LocalDate today;
    LocalDate dueDate;

    @TempDir
    Path runDirectory;

    Platform platform;
    HttpCalls training;
    HttpCalls notifications;
    HttpCalls admin;
    ManagedChannel trainingGrpc;
    final String id = "E2E-" + UUID.randomUUID().toString().substring(0, 8);
    final String email = id.toLowerCase() + "@eastmoor.example.gov.uk";
    final String managerEmail = id.toLowerCase() + "-mgr@eastmoor.example.gov.uk";

    @BeforeAll
    void startPlatform() throws Exception {
        platform = Platform.start(Layout.find(runDirectory), Ports.free(), Map.of(
                "PLATFORM_CLOCK_ADJUSTABLE", "true",
                "NOTIFICATIONS_DISPATCH_INTERVAL", "300ms",
                "NOTIFICATIONS_SEND_WINDOW_ENABLED", "true"));
        today = LocalDate.now(platform.clock());
        dueDate = today.plusDays(90);
        training = new HttpCalls(platform.service(ServiceSpec.TRAINING).httpUrl()).as(platform.tokens().token("hr-e2e", "hr"));
        notifications = new HttpCalls(platform.service(ServiceSpec.NOTIFICATIONS).httpUrl()).as(platform.tokens().token("hr-e2e", "hr"));
        admin = new HttpCalls(platform.service(ServiceSpec.NOTIFICATIONS).httpUrl()).as(platform.tokens().token("root", "admin"));
        trainingGrpc = GrpcCalls.channel(platform.service(ServiceSpec.TRAINING).grpcPort());
    }

    @AfterAll
    void stopPlatform() throws Exception {
        if (trainingGrpc != null) {
            trainingGrpc.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
        if (platform != null) {
            platform.close();
        }
    }

    /**
     * The first morning on or after {@code day} that the council sends reminders (its sending hours are on): a
     * reminder whose day is a weekend or a bank holiday goes then.
     */
    void moveNotificationsClockToTheSendingMorningOf(LocalDate day) {
        moveNotificationsClockTo(CALENDAR.onOrAfter(day), LocalTime.of(8, 0, 30));
    }

    void moveNotificationsClockTo(LocalDate day, LocalTime time) {
        String instant = day.atTime(time).atZone(LONDON).toInstant().toString();
        HttpCalls.Reply reply = admin.put("/internal/clock", "application/json", "{\"instant\":\"" + instant + "\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    JsonNode reminders(String query) {
        return notifications.get("/reminders?" + query).json();
    }

    /** The id of this person's assignment for a course, as notifications-service knows it. */
    String assignmentOf(String course) {
        for (JsonNode r : reminders("personId=" + id)) {
            String subject = r.get("subjectId").asText();
            if (courseOfAssignment(subject).equals(course)) {
                return subject;
            }
        }
        throw new AssertionError("no assignment for " + course);
    }

    String courseOfAssignment(String assignmentId) {
        try (var sql = DriverManager.getConnection(platform.postgres().jdbcUrl(Platform.DATABASE),
                platform.postgres().user(), platform.postgres().password());
             var rs = sql.createStatement().executeQuery(
                     "SELECT course_code FROM training.assignment WHERE id = '" + assignmentId + "'")) {
            return rs.next() ? rs.getString(1) : "";
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @Order(1)
    void importedRosterCreatesAssignmentsAndReminderSchedules() {
        String csv = "id,full_name,email,kind,department,line_manager_id,start_date\n"
                + id + "-MGR,Morgan Manager," + managerEmail + ",officer,Environment and Place,," + today + "\n"
                + id + ",Jordan Journey," + email + ",officer,Environment and Place," + id + "-MGR," + today + "\n";
        HttpCalls.Reply imported = training.post("/roster/import", "text/csv", csv);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get("assignmentsCreated").asInt()).isEqualTo(4);

        JsonNode courses = training.get("/compliance/people/" + id).json().get("courses");
        assertThat(courses.findValuesAsText("courseCode")).containsExactlyInAnyOrder("EQUALITY_DIVERSITY", "POLITICAL_AWARENESS");
        assertThat(courses.findValuesAsText("dueDate")).containsOnly(dueDate.toString());

        Eventually.assertTrue(() -> reminders("personId=" + id).size() == 8, Duration.ofSeconds(30),
                "notifications-service planned 4 reminders for each of the 2 assignments");
    }

    @Test
    @Order(2)
    void remindersArriveAtTheSmtpServerThirtyDaysBefore() throws Exception {
        moveNotificationsClockToTheSendingMorningOf(dueDate.minusDays(30));
        List<MimeMessage> mail = platform.mail().awaitMailbox(email, 2, Duration.ofSeconds(30));
        List<String> subjects = new ArrayList<>();
        for (MimeMessage m : mail) {
            subjects.add(m.getSubject());
        }
        String due = dueDate.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK));
        assertThat(subjects).containsExactlyInAnyOrder(
                "Reminder: Equality and Diversity is due by " + due,
                "Reminder: Political Awareness (officers) is due by " + due);
        // The line manager is copied only once a reminder is overdue: what they hold so far is their own.
        for (MimeMessage m : platform.mail().mailbox(managerEmail)) {
            assertThat(m.getRecipients(Message.RecipientType.CC)).isNull();
            assertThat(m.getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo(managerEmail);
        }
    }

    @Test
    @Order(3)
    void aCompletionRecordedOverGrpcStopsThatCoursesReminders() throws Exception {
        String equality = assignmentOf("EQUALITY_DIVERSITY");
        // the department's system calls in a trace of its own (W3C traceparent), as an instrumented LMS would
        String departmentsTrace = TraceParent.random();
        RecordCompletionResponse reply = GrpcCalls.inTrace(departmentSystem(), departmentsTrace)
                .withDeadlineAfter(10, TimeUnit.SECONDS).recordCompletion(RecordCompletionRequest.newBuilder().setPersonId(id).setCourseCode("EQUALITY_DIVERSITY")
                        .setCompletedOn(today.toString()).setProvider("Environment and Place e-learning")
                        .setEvidenceReference("LMS-4471").build());
        assertThat(reply.getFulfilledAssignmentId()).isEqualTo(equality);

        Eventually.assertTrue(() -> {
            List<String> statuses = new ArrayList<>();
            for (JsonNode r : reminders("subjectId=" + equality)) {
                if (!r.get("kind").asText().equals("CALENDAR_REMOVED")) {
                    statuses.add(r.get("status").asText());
                }
            }
            return statuses.equals(List.of("SENT", "CANCELLED", "CANCELLED", "CANCELLED"));
        }, Duration.ofSeconds(30), "the completed course's pending reminders are cancelled");
        // one trace from the call to the reminders it cancelled: training's outbox carried it over Kafka to notifications
        assertThat(reminders("subjectId=" + equality)).filteredOn(r -> r.get("status").asText().equals("CANCELLED"))
                .allSatisfy(r -> assertThat(TraceParent.traceId(r.get("traceParent").asText()))
                        .isEqualTo(TraceParent.traceId(departmentsTrace)));

        // the 30-day reminder had put the date in Jordan's calendar: the completion takes it out at once
        MimeMessage removed = platform.mail().awaitMailbox(email, 3, Duration.ofSeconds(30)).get(2);
        assertThat(removed.getSubject()).isEqualTo("No longer due: Equality and Diversity");
        assertThat(MailServer.calendar(removed).orElseThrow()).contains("METHOD:CANCEL", "UID:training-assignment-" + equality);

        moveNotificationsClockToTheSendingMorningOf(dueDate.minusDays(7));
        List<MimeMessage> mail = platform.mail().awaitMailbox(email, 4, Duration.ofSeconds(30));
        assertThat(mail.get(3).getSubject()).startsWith("Reminder: Political Awareness (officers)");
        Thread.sleep(1500);
        assertThat(platform.mail().mailbox(email)).hasSize(4);
    }

    @Test
    @Order(4)
    void redeliveringEveryTrainingEventSendsNothingTwice() throws Exception {
        int mailBefore = platform.mail().received().size();
        int remindersBefore = reminders("personId=" + id).size();
        int replayed = replayTopic("training.events.v1");
        assertThat(replayed).isGreaterThanOrEqualTo(7);

        Thread.sleep(4000); // the consumer has long caught up by now; nothing new may appear
        assertThat(platform.mail().received()).hasSize(mailBefore);
        assertThat(reminders("personId=" + id)).hasSize(remindersBefore);
    }

    @Test
    @Order(5)
    void eventsWrittenWhileKafkaIsDownAreDeliveredWhenItReturns() throws Exception {
        platform.kafka().stop();
        String late = id + "-LATE";
        String lateEmail = late.toLowerCase() + "@eastmoor.example.gov.uk";
        HttpCalls.Reply imported = training.post("/roster/import", "text/csv",
                "id,full_name,email,kind,department,start_date\n" + late + ",Lee Late," + lateEmail
                        + ",officer,Environment and Place," + today + "\n");
        assertThat(imported.status()).as("training keeps working while Kafka is down").isEqualTo(200);
        Eventually.assertTrue(() -> outboxPending() >= 3, Duration.ofSeconds(10), "events wait in the outbox");

        Thread.sleep(3000);
        platform.kafka().start();

        // The notifications clock stands 83 days ahead (or a little more, on a working morning), so Lee's 7-day
        // reminders are due at once.
        List<MimeMessage> mail = platform.mail().awaitMailbox(lateEmail, 2, Duration.ofSeconds(90));
        assertThat(mail).hasSize(2);
        Eventually.assertTrue(() -> outboxPending() == 0, Duration.ofSeconds(30), "outbox drained");
    }

    @Test
    @Order(6)
    void theServicesCarryOnAfterPostgresRestarts() throws Exception {
        platform.restartPostgres(Duration.ofSeconds(2));
        String political = assignmentOf("POLITICAL_AWARENESS");
        Eventually.get(() -> {
            try {
                return departmentSystem().withDeadlineAfter(10, TimeUnit.SECONDS)
                        .recordCompletion(RecordCompletionRequest.newBuilder().setPersonId(id)
                                .setCourseCode("POLITICAL_AWARENESS").setCompletedOn(today.toString())
                                .setProvider("Induction day").build());
            } catch (io.grpc.StatusRuntimeException e) {
                return null; // connections are being re-established
            }
        }, Duration.ofSeconds(60), () -> "training records completions again after the restart");
        Eventually.assertTrue(() -> reminders("subjectId=" + political).findValuesAsText("status").contains("CANCELLED"),
                Duration.ofSeconds(60), "notifications consumed the completion after the restart");
    }

    /**
     * A rolling deploy's restart, as the bench times it: the console stopped cleanly and started again on its own
     * ports answers again, and says how long its start took.
     */
    @Test
    @Order(7)
    void aServiceStoppedCleanlyStartsAgainAndSaysHowLongItTook() throws Exception {
        assertThat(platform.readyAfter()).isPositive();
        ServiceProcess before = platform.service(ServiceSpec.CONSOLE);
        assertThat(before.readyAfter()).isPresent();

        platform.restartCleanly(ServiceSpec.CONSOLE);

        ServiceProcess after = platform.service(ServiceSpec.CONSOLE);
        assertThat(before.handle().isAlive()).isFalse();
        assertThat(after.handle().pid()).isNotEqualTo(before.handle().pid());
        assertThat(after.httpUrl()).isEqualTo(before.httpUrl());
        assertThat(after.readyAfter()).hasValueSatisfying(took -> assertThat(took).isPositive().isLessThan(Duration.ofSeconds(120)));
        assertThat(new HttpCalls(after.httpUrl()).get("/health/readiness").status()).isEqualTo(200);
    }

    /** The Environment and Place department's own system, with a client-credentials token from the issuer. */
    CompletionsGrpc.CompletionsBlockingStub departmentSystem() {
        HttpCalls.Reply token = new HttpCalls(platform.tokens().url()).post("/token", "application/x-www-form-urlencoded",
                "grant_type=client_credentials&client_id=environment-and-place-lms&client_secret=local-secret");
        assertThat(token.status()).isEqualTo(200);
        return GrpcCalls.withToken(CompletionsGrpc.newBlockingStub(trainingGrpc), token.json().get("access_token").asText());
    }

    private double outboxPending() {
        String metrics = training.get("/prometheus").body();
        return metrics.lines().filter(l -> l.startsWith("outbox_pending"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).findFirst().orElse(-1);
    }

    /** Reads every record on the topic and publishes it again with the same key, payload and CloudEvents headers. */
    private int replayTopic(String topic) {
        Properties consumerProps = new Properties();
        consumerProps.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafka().bootstrapServers());
        consumerProps.put(ConsumerConfig.GROUP_ID_CONFIG, "replay-" + UUID.randomUUID());
        consumerProps.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        Properties producerProps = new Properties();
        producerProps.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafka().bootstrapServers());
        producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerProps, new StringDeserializer(), new ByteArrayDeserializer());
             KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerProps, new StringSerializer(), new ByteArraySerializer())) {
            consumer.subscribe(List.of(topic));
            long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (System.nanoTime() < end) {
                consumer.poll(Duration.ofMillis(250)).forEach(records::add);
            }
            for (ConsumerRecord<String, byte[]> r : records) {
                producer.send(new ProducerRecord<>(topic, null, r.key(), r.value(), r.headers()));
            }
            producer.flush();
        }
        return records.size();
    }
}
