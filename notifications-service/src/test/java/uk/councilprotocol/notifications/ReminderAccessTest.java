package uk.councilprotocol.notifications;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.councilprotocol.contracts.notifications.v1.ListRemindersRequest;
import uk.councilprotocol.contracts.notifications.v1.ListSentMailRequest;
import uk.councilprotocol.contracts.notifications.v1.RemindersGrpc;
import uk.councilprotocol.testkit.Eventually;
import uk.councilprotocol.testkit.HttpCalls;
import uk.councilprotocol.testkit.ServiceCallsTest;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.councilprotocol.notifications.TrainingEvents.TOPIC;

/** A person sees their own reminders only; the sent-mail log is for admin, HR and the Monitoring Officer. */
@MicronautTest(transactional = false)
class ReminderAccessTest extends ServiceCallsTest {
    /** The service's business clock: "today" in these tests is its today, never the machine's. */
    @Inject
    Clock clock;

    @Test
    void peopleSeeTheirOwnRemindersAndOnlyOfficialsSeeTheMailLog() throws Exception {
        String person = "acl-" + UUID.randomUUID();
        scope.publish(TOPIC, person, TrainingEvents.person(person, "Ada Access", person + "@example.gov.uk", null));
        scope.publish(TOPIC, person, TrainingEvents.assignment(UUID.randomUUID().toString(), person, LocalDate.now(clock).plusDays(60)));
        Eventually.assertTrue(() -> as(person, "officer").get("/reminders?personId=" + person).json().size() == 4,
                Duration.ofSeconds(20), "own reminders visible");

        assertThat(as("someone-else", "officer").get("/reminders?personId=" + person).status()).isEqualTo(403);
        assertThat(as(person, "officer").get("/mail/sent").status()).isEqualTo(403);
        assertThat(as("mo", "standards").get("/mail/sent").status()).isEqualTo(200);
        assertThat(as("hr-amy", "hr").get("/reminders?personId=" + person).status()).isEqualTo(200);
        assertThat(as("hr-amy", "hr").put("/internal/clock", "application/json", "{\"instant\":\"2030-01-01T00:00:00Z\"}").status())
                .as("only admin moves the clock").isEqualTo(403);

        var officer = grpc(RemindersGrpc::newBlockingStub, "someone-else", "officer");
        assertThatThrownBy(() -> officer.listReminders(ListRemindersRequest.newBuilder().setPersonId(person).build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
        assertThatThrownBy(() -> officer.listSentMail(ListSentMailRequest.getDefaultInstance()))
                .isInstanceOf(StatusRuntimeException.class);
        var hub = grpc(RemindersGrpc::newBlockingStub, "hub-aisha", "hub", "officer");
        assertThatThrownBy(() -> hub.listReminders(ListRemindersRequest.newBuilder().setPersonId(person).build()))
                .as("the Hub sees enquiries' emails, not people's training").isInstanceOf(StatusRuntimeException.class);
        assertThat(hub.listReminders(ListRemindersRequest.newBuilder().setSubjectId("MEM-26-9999").build()).getRemindersCount())
                .as("an enquiry's emails (none for this reference)").isZero();
        var own = grpc(RemindersGrpc::newBlockingStub, person, "officer");
        assertThat(own.listReminders(ListRemindersRequest.newBuilder().setPersonId(person).build()).getRemindersCount()).isEqualTo(4);
    }
}
