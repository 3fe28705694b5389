package uk.councilprotocol.enquiries.councillors;

import com.fasterxml.jackson.databind.JsonNode;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.micronaut.grpc.server.GrpcEmbeddedServer;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.councilprotocol.contracts.enquiries.v1.EnquiriesGrpc;
import uk.councilprotocol.contracts.enquiries.v1.ListCouncillorsRequest;
import uk.councilprotocol.contracts.enquiries.v1.ListOfficersRequest;
import uk.councilprotocol.contracts.enquiries.v1.OfficerEntry;
import uk.councilprotocol.contracts.enquiries.v1.Member;
import uk.councilprotocol.contracts.training.v1.Person;
import uk.councilprotocol.contracts.training.v1.PersonKind;
import uk.councilprotocol.contracts.training.v1.PersonRegistered;
import uk.councilprotocol.testkit.Eventually;
import uk.councilprotocol.testkit.GrpcCalls;
import uk.councilprotocol.testkit.HttpCalls;
import uk.councilprotocol.testkit.TestScope;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The serving councillors by name, as the Hub picks them when it logs an enquiry (the Hub's only), and the active
 * officers by name and department, as it picks an absence's cover or a rule's officer (a department sees its own):
 * over HTTP and gRPC.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CouncillorDirectoryTest {
    @Inject
    EmbeddedServer server;
    @Inject
    GrpcEmbeddedServer grpcServer;

    final TestScope scope = TestScope.of(getClass());
    ManagedChannel channel;

    @AfterAll
    void close() throws InterruptedException {
        if (channel != null) {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    void councillor(String id, String name, String group, boolean active) {
        scope.publish("training.events.v1", id, PersonRegistered.newBuilder().setPerson(Person.newBuilder().setId(id)
                .setFullName(name).setEmail(id.toLowerCase() + "@example.gov.uk").setKind(PersonKind.COUNCILLOR)
                .setPoliticalGroup(group).setStartDate("2023-05-08").setActive(active)).build());
    }

    @Test
    void theHubPicksServingCouncillorsByNameAndNobodyElseListsThem() {
        councillor("CLLR-Z", "Cllr Zara Young", "Green", true);
        councillor("CLLR-A", "Cllr Adam Bell", "", true);
        councillor("CLLR-G", "Cllr Gone Before", "Labour", false);
        Eventually.assertTrue(() -> scope.count("SELECT count(*) FROM enquiries.councillor WHERE person_id LIKE 'CLLR-_'") == 3,
                Duration.ofSeconds(30), "the councillors reached enquiries-service");

        HttpCalls hub = new HttpCalls(server.getURL().toString()).as(scope.token("hub", "hub"));
        List<String> names = new ArrayList<>();
        for (JsonNode member : hub.get("/councillors").json()) {
            names.add(member.get("fullName").asText());
        }
        assertThat(names).as("serving only, by name").containsExactly("Cllr Adam Bell", "Cllr Zara Young");
        assertThat(new HttpCalls(server.getURL().toString()).as(scope.token("CLLR-A", "councillor")).get("/councillors").status())
                .isEqualTo(403);

        channel = GrpcCalls.channel(grpcServer.getPort());
        List<Member> members = GrpcCalls.withToken(EnquiriesGrpc.newBlockingStub(channel), scope.token("hub-system", "hub"))
                .listCouncillors(ListCouncillorsRequest.getDefaultInstance()).getMembersList();
        assertThat(members).extracting(Member::getPersonId).containsExactly("CLLR-A", "CLLR-Z");
        assertThat(members.get(1).getPoliticalGroup()).isEqualTo("Green");
        assertThatThrownBy(() -> GrpcCalls.withToken(EnquiriesGrpc.newBlockingStub(channel), scope.token("env", "officer", "department:environment"))
                .listCouncillors(ListCouncillorsRequest.getDefaultInstance()))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
    }

    void officer(String id, String name, String department, boolean chief, boolean active) {
        Person.Builder person = Person.newBuilder().setId(id).setFullName(name).setEmail(id.toLowerCase() + "@example.gov.uk")
                .setKind(PersonKind.OFFICER).setDepartment(department).setStartDate("2021-09-06").setActive(active);
        if (chief) {
            person.addRoles("chief-officer");
        }
        scope.publish("training.events.v1", id, PersonRegistered.newBuilder().setPerson(person).build());
    }

    @Test
    void theHubPicksOfficersByNameADepartmentSeesItsOwnAndACouncillorNone() {
        officer("OFF-R", "Rhys Roads", "Roads and Transport", false, true);
        officer("OFF-C", "Cara Chief", "Roads and Transport", true, true);
        officer("OFF-H", "Hana Housing", "Housing", false, true);
        officer("OFF-L", "Lee Left", "Housing", false, false);
        Eventually.assertTrue(() -> scope.count("SELECT count(*) FROM enquiries.officer WHERE person_id LIKE 'OFF-_'") == 4,
                Duration.ofSeconds(30), "the officers reached enquiries-service");

        JsonNode all = new HttpCalls(server.getURL().toString()).as(scope.token("hub", "hub")).get("/officers").json();
        assertThat(all.findValuesAsText("fullName")).as("active only, by name").containsExactly("Cara Chief", "Hana Housing", "Rhys Roads");
        assertThat(all.get(0).get("department").asText()).isEqualTo("Roads and Transport");
        assertThat(all.get(0).get("chiefOfficer").asBoolean()).isTrue();
        HttpCalls roads = new HttpCalls(server.getURL().toString()).as(scope.token("OFF-R", "officer", "department:roads-and-transport"));
        assertThat(roads.get("/officers").json().findValuesAsText("personId")).as("a department its own")
                .containsExactly("OFF-C", "OFF-R");
        assertThat(roads.get("/officers?department=Housing").json()).as("not another's, even asked by name").isEmpty();
        assertThat(new HttpCalls(server.getURL().toString()).as(scope.token("CLLR-A", "councillor")).get("/officers").status())
                .isEqualTo(403);

        ManagedChannel officers = GrpcCalls.channel(grpcServer.getPort());
        try {
            List<OfficerEntry> housing = GrpcCalls.withToken(EnquiriesGrpc.newBlockingStub(officers), scope.token("hub-system", "hub"))
                    .listOfficers(ListOfficersRequest.newBuilder().setDepartment("housing").build()).getOfficersList();
            assertThat(housing).extracting(OfficerEntry::getPersonId).containsExactly("OFF-H");
            assertThatThrownBy(() -> GrpcCalls.withToken(EnquiriesGrpc.newBlockingStub(officers), scope.token("CLLR-A", "councillor"))
                    .listOfficers(ListOfficersRequest.getDefaultInstance()))
                    .isInstanceOfSatisfying(StatusRuntimeException.class, e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
        } finally {
            officers.shutdownNow();
        }
    }
}
