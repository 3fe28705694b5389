package uk.councilprotocol.enquiries.hub;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.councilprotocol.contracts.enquiries.v1.Enquiry;
import uk.councilprotocol.contracts.enquiries.v1.EnquiriesGrpc;
import uk.councilprotocol.contracts.enquiries.v1.ListAssignedRequest;
import uk.councilprotocol.contracts.enquiries.v1.ListEnquiriesResponse;
import uk.councilprotocol.contracts.training.v1.Person;
import uk.councilprotocol.contracts.training.v1.PersonKind;
import uk.councilprotocol.contracts.training.v1.PersonRegistered;
import uk.councilprotocol.platform.time.AdjustableClock;
import uk.councilprotocol.testkit.Eventually;
import uk.councilprotocol.testkit.GrpcCalls;
import uk.councilprotocol.testkit.HttpCalls;
import uk.councilprotocol.testkit.ServiceCallsTest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The board at more than a page: 130 enquiries from two councillors in two wards and two departments, one answered.
 * The Hub reads them a page at a time in deadline order, filters and searches them in the database, and gets the
 * choices for each filter; a department sees only its own, choices included.
 */
@MicronautTest(transactional = false)
// The Hub logs 130 enquiries as fast as the service answers: more than the default per-client limit allows in a second.
@Property(name = "platform.rate-limit.requests-per-second", value = "100000")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnquiryBoardTest extends ServiceCallsTest {
    @Inject
    AdjustableClock clock;

    String answered;

    EnquiriesGrpc.EnquiriesBlockingStub grpcAs(String subject, String... roles) {
        return GrpcCalls.withToken(EnquiriesGrpc.newBlockingStub(channel), scope.token(subject, roles));
    }

    @BeforeAll
    void aHundredAndThirtyEnquiries() {
        for (String[] c : new String[][]{{"CLLR-B1", "Cllr Bea Board"}, {"CLLR-B2", "Cllr Ben Board"}}) {
            scope.publish("training.events.v1", c[0], PersonRegistered.newBuilder().setPerson(Person.newBuilder().setId(c[0])
                    .setFullName(c[1]).setEmail(c[0].toLowerCase() + "@example.gov.uk").setKind(PersonKind.COUNCILLOR)
                    .setStartDate("2023-05-08").setActive(true)).build());
        }
        Eventually.assertTrue(() -> scope.count("SELECT count(*) FROM enquiries.councillor WHERE person_id LIKE 'CLLR-B_'") == 2,
                Duration.ofSeconds(30), "the councillors reached enquiries-service");
        HttpCalls hub = as("hub", "hub");
        hub.postJson("/routing-rules", Map.of("category", "Highways", "department", "Environment and Place"));
        hub.postJson("/routing-rules", Map.of("category", "Schools", "department", "Children and Learning"));
        Instant received = clock.instant();
        for (int i = 1; i <= 130; i++) {
            boolean odd = i % 2 == 1;
            HttpCalls.Reply reply = hub.postJson("/enquiries", Map.of("councillorId", odd ? "CLLR-B1" : "CLLR-B2", "channel", "email",
                    "receivedAt", received.toString(), "subject", String.format(odd ? "Pothole %03d" : "School bus %03d", i),
                    "description", "d", "category", odd ? "Highways" : "Schools", "ward", odd ? "Riverside" : "Hillside"));
            assertThat(reply.status()).as(reply.body()).isEqualTo(201);
            if (i == 1) {
                answered = reply.json().get("reference").asText();
            }
        }
        assertThat(as("env", "officer", "department:environment-and-place").postJson("/enquiries/" + answered + "/response",
                Map.of("response", "Filled.")).status()).isEqualTo(200);
    }

    @Test
    void theHubReadsTheBoardAPageAtATimeInDeadlineOrder() {
        EnquiriesGrpc.EnquiriesBlockingStub hub = grpcAs("hub", "hub");
        ListEnquiriesResponse first = hub.listAssigned(ListAssignedRequest.getDefaultInstance());
        assertThat(first.getTotalSize()).as("open ones only, unless asked").isEqualTo(129);
        assertThat(first.getEnquiriesCount()).isEqualTo(100);
        ListEnquiriesResponse second = hub.listAssigned(ListAssignedRequest.newBuilder().setPageToken(first.getNextPageToken()).build());
        assertThat(second.getEnquiriesCount()).isEqualTo(29);
        assertThat(second.getNextPageToken()).isEmpty();
        List<String> references = new ArrayList<>(first.getEnquiriesList().stream().map(Enquiry::getReference).toList());
        references.addAll(second.getEnquiriesList().stream().map(Enquiry::getReference).toList());
        assertThat(references).doesNotHaveDuplicates().hasSize(129).doesNotContain(answered).isSorted();

        assertThat(hub.listAssigned(ListAssignedRequest.newBuilder().setIncludeResponded(true).setState("answered").build())
                .getEnquiriesList()).extracting(Enquiry::getReference).containsExactly(answered);
        assertThat(as("hub", "hub").get("/enquiries?pageSize=50&q=school%20bus").json()).as("the same over HTTP").hasSize(50);
    }

    @Test
    void filtersAndSearchAreAppliedBeforePaging() {
        EnquiriesGrpc.EnquiriesBlockingStub hub = grpcAs("hub", "hub");
        ListEnquiriesResponse buses = hub.listAssigned(ListAssignedRequest.newBuilder().setDepartment("Children and Learning")
                .setQuery("BUS 01").setPageSize(2).setSkip(1).build());
        assertThat(buses.getTotalSize()).as("School bus 010 … 018, the even ones").isEqualTo(5);
        assertThat(buses.getEnquiriesList()).extracting(Enquiry::getSubject).containsExactly("School bus 012", "School bus 014");
        assertThat(hub.listAssigned(ListAssignedRequest.newBuilder().setCouncillorName("Cllr Bea Board").setWard("Riverside")
                .setCategory("Highways").setState("open").build()).getTotalSize()).isEqualTo(64);
        assertThat(hub.listAssigned(ListAssignedRequest.newBuilder().setWard("Hillside").setCategory("Highways").build())
                .getTotalSize()).isZero();
        assertThat(hub.listAssigned(ListAssignedRequest.newBuilder().setQuery("bea BOARD").build()).getTotalSize())
                .as("the search finds a councillor's name: Bea's 65, less the one answered").isEqualTo(64);
        assertThat(hub.listAssigned(ListAssignedRequest.newBuilder().setIncludeResponded(true).setQuery(answered.toLowerCase())
                .build()).getEnquiriesList()).extracting(Enquiry::getReference).as("and a reference, in any case").containsExactly(answered);

        ListEnquiriesResponse choices = hub.listAssigned(ListAssignedRequest.newBuilder().setPageSize(1).setIncludeChoices(true).build());
        assertThat(choices.getChoices().getDepartmentsList()).containsExactly("Children and Learning", "Environment and Place");
        assertThat(choices.getChoices().getWardsList()).containsExactly("Hillside", "Riverside");
        assertThat(choices.getChoices().getCouncillorNamesList()).containsExactly("Cllr Bea Board", "Cllr Ben Board");
        assertThat(choices.getChoices().getCategoriesList()).containsExactly("Highways", "Schools");

        assertThatThrownBy(() -> hub.listAssigned(ListAssignedRequest.newBuilder().setState("late").setPageSize(900).build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
                    assertThat(GrpcCalls.badRequestFields(e)).containsAnyOf("page_size", "state");
                });
    }

    @Test
    void aDepartmentPagesThroughItsOwnAndChoosesAmongItsOwn() {
        ListEnquiriesResponse mine = grpcAs("env-system", "service", "department:environment-and-place")
                .listAssigned(ListAssignedRequest.newBuilder().setPageSize(500).setIncludeResponded(true).setIncludeChoices(true).build());
        assertThat(mine.getTotalSize()).isEqualTo(65);
        assertThat(mine.getEnquiriesList()).allMatch(e -> e.getCategory().equals("Highways"));
        assertThat(mine.getChoices().getDepartmentsList()).containsExactly("Environment and Place");
        assertThat(mine.getChoices().getCouncillorNamesList()).containsExactly("Cllr Bea Board");
        assertThat(grpcAs("CLLR-B2", "councillor").listAssigned(ListAssignedRequest.newBuilder().setPageSize(500).build())
                .getTotalSize()).as("a councillor: their own").isEqualTo(65);
    }
}
