package uk.councilprotocol.notifications.reminders;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.councilprotocol.contracts.enquiries.v1.EnquiryLogged;
import uk.councilprotocol.notifications.TrainingEvents;
import uk.councilprotocol.platform.grpc.Protos;
import uk.councilprotocol.testkit.TestScope;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What is due now goes once its planning commits, not at the next poll: with the poll an hour away, an enquiry's
 * acknowledgement still reaches the councillor within seconds, once — and a redelivered event sends nothing more.
 */
@MicronautTest(transactional = false)
@Property(name = "notifications.dispatch-interval", value = "1h")
@Property(name = "notifications.dispatch-initial-delay", value = "1h")
class DispatchOnCommitTest {
    @Inject
    Clock clock;

    final TestScope scope = TestScope.of(getClass());

    @Test
    void anAcknowledgementGoesAsSoonAsItIsPlannedWithThePollAnHourAway() throws Exception {
        String id = UUID.randomUUID().toString().substring(0, 8);
        String councillor = "cllr-" + id;
        String reference = "MEM-26-" + id.substring(0, 4);
        scope.publish("training.events.v1", councillor, TrainingEvents.person(councillor, "Cllr Nia Now", councillor + "@example.gov.uk", null));
        LocalDate due = LocalDate.now(clock).plusDays(20);
        EnquiryLogged logged = EnquiryLogged.newBuilder().setReference(reference).setCouncillorId(councillor)
                .setSubject("Bus shelter glass broken").setCategory("Highways").setReceivedAt(Protos.timestamp(clock.instant()))
                .setDueDate(due.toString()).setOfficerReminderDate(due.minusDays(2).toString()).build();
        scope.publish("enquiries.events.v1", reference, logged);

        assertThat(scope.mail().awaitMailbox(councillor + "@example.gov.uk", 1, Duration.ofSeconds(15)).get(0).getSubject())
                .isEqualTo("Your enquiry " + reference + " has been received");
        scope.publish("enquiries.events.v1", reference, logged);   // replayed under a new event id
        Thread.sleep(2000);
        assertThat(scope.mail().mailbox(councillor + "@example.gov.uk")).as("once").hasSize(1);
    }
}
