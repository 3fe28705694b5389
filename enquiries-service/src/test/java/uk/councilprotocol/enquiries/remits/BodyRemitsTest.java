package uk.councilprotocol.enquiries.remits;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.councilprotocol.contracts.enquiries.v1.BodyRemit;
import uk.councilprotocol.contracts.enquiries.v1.BodyRemitChanged;
import uk.councilprotocol.contracts.enquiries.v1.BodyRemitsGrpc;
import uk.councilprotocol.contracts.enquiries.v1.ListBodyRemitsRequest;
import uk.councilprotocol.contracts.training.v1.Person;
import uk.councilprotocol.contracts.training.v1.PersonKind;
import uk.councilprotocol.contracts.training.v1.PersonRegistered;
import uk.councilprotocol.testkit.EventProbe;
import uk.councilprotocol.testkit.Eventually;
import uk.councilprotocol.testkit.GrpcCalls;
import uk.councilprotocol.testkit.HttpCalls;
import uk.councilprotocol.testkit.ServiceCallsTest;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Protocol 9.1.13: a co-opted member's enquiries are limited to the remit of the body they are appointed to. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BodyRemitsTest extends ServiceCallsTest {

    @BeforeAll
    void rosterAndRules() {
        scope.publish("training.events.v1", "COOP-1", PersonRegistered.newBuilder().setPerson(Person.newBuilder().setId("COOP-1")
                .setFullName("Dr Jane Lay").setEmail("jane.lay@example.org").setKind(PersonKind.CO_OPTED_MEMBER)
                .addRoles("standards-committee").setStartDate("2024-06-01").setActive(true)).build());
        scope.publish("training.events.v1", "CLLR-X", PersonRegistered.newBuilder().setPerson(Person.newBuilder().setId("CLLR-X")
                .setFullName("Cllr Xavier Ward").setEmail("x.ward@eastmoor.example.gov.uk").setKind(PersonKind.COUNCILLOR)
                .setStartDate("2023-05-08").setActive(true)).build());
        Eventually.assertTrue(() -> scope.count("SELECT count(*) FROM enquiries.councillor") == 2, Duration.ofSeconds(30),
                "councillors copied from roster events");
        HttpCalls hub = as("hub-aisha", "hub");
        assertThat(hub.postJson("/routing-rules", Map.of("category", "Highways", "department", "Environment and Place")).status()).isEqualTo(201);
        assertThat(hub.postJson("/routing-rules", Map.of("category", "Governance", "department", "Law and Governance")).status()).isEqualTo(201);
    }

    HttpCalls.Reply log(String councillor, String category) {
        return as("hub-aisha", "hub").postJson("/enquiries", Map.of("councillorId", councillor, "channel", "email",
                "subject", "A question", "description", "Please advise.", "category", category));
    }

    @Test
    void aCoOptedMembersEnquiryMustFallWithinTheirBodysRemit() throws Exception {
        assertThat(as("hub-aisha", "hub").put("/body-remits/standards-committee", "application/json", "{\"categories\":[\"Governance\"]}")
                .status()).as("the Hub reads remits, the Monitoring Officer sets them").isEqualTo(403);
        HttpCalls.Reply unknown = as("mo", "standards").put("/body-remits/standards-committee", "application/json",
                "{\"categories\":[\"Parks\"]}");
        assertThat(unknown.json().get("violations").get(0).get("field").asText()).isEqualTo("categories");
        try (EventProbe events = scope.probe("enquiries.events.v1")) {
            HttpCalls.Reply set = as("mo", "standards").put("/body-remits/standards-committee", "application/json",
                    "{\"categories\":[\"Governance\"]}");
            assertThat(set.status()).as(set.body()).isEqualTo(200);
            var event = events.await(BodyRemitChanged.getDescriptor().getFullName(), 1, Duration.ofSeconds(20)).get(0);
            assertThat(event.key()).isEqualTo("standards-committee");
            assertThat(BodyRemitChanged.parseFrom(event.value()).getCategoriesList()).containsExactly("Governance");
        }

        HttpCalls.Reply outside = log("COOP-1", "Highways");
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.json().get("violations").get(0).get("field").asText()).isEqualTo("category");
        assertThat(outside.json().get("violations").get(0).get("message").asText())
                .contains("outside the remit of the bodies Dr Jane Lay is co-opted to (standards-committee: Governance)", "9.1.13");
        assertThat(scope.count("SELECT count(*) FROM enquiries.enquiry WHERE councillor_id = 'COOP-1'")).as("nothing written").isZero();
        assertThat(log("COOP-1", "Governance").status()).isEqualTo(201);
        assertThat(log("CLLR-X", "Highways").status()).as("an elected councillor is not limited").isEqualTo(201);

        BodyRemitsGrpc.BodyRemitsBlockingStub hub = GrpcCalls.withToken(BodyRemitsGrpc.newBlockingStub(channel), scope.token("hub-aisha", "hub"));
        var listed = hub.listBodyRemits(ListBodyRemitsRequest.getDefaultInstance());
        assertThat(listed.getRemitsList()).extracting(BodyRemit::getBody).containsExactly("standards-committee");
        assertThat(listed.getCategoriesList()).as("what a remit is chosen from").containsExactly("Governance", "Highways");
        assertThatThrownBy(() -> hub.setBodyRemit(BodyRemit.newBuilder().setBody("standards-committee").build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));

        BodyRemitsGrpc.BodyRemitsBlockingStub mo = GrpcCalls.withToken(BodyRemitsGrpc.newBlockingStub(channel), scope.token("mo", "standards"));
        assertThat(mo.setBodyRemit(BodyRemit.newBuilder().setBody("standards-committee").build()).getRemitsList())
                .as("no categories: the remit removed").isEmpty();
        assertThat(log("COOP-1", "Highways").status()).as("a body with no remit recorded limits nothing").isEqualTo(201);
        assertThat(List.of(as("officer", "officer").get("/body-remits").status())).containsExactly(403);
    }
}
