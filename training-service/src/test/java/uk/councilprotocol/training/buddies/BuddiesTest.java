package uk.councilprotocol.training.buddies;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.councilprotocol.contracts.training.v1.BuddiesGrpc;
import uk.councilprotocol.contracts.training.v1.BuddyCheckInRecorded;
import uk.councilprotocol.contracts.training.v1.BuddyPaired;
import uk.councilprotocol.contracts.training.v1.BuddyPairing;
import uk.councilprotocol.contracts.training.v1.BuddyPairingEnded;
import uk.councilprotocol.contracts.training.v1.BuddySuggestion;
import uk.councilprotocol.contracts.training.v1.EndPairingRequest;
import uk.councilprotocol.contracts.training.v1.ListPairingsRequest;
import uk.councilprotocol.contracts.training.v1.PairBuddiesRequest;
import uk.councilprotocol.contracts.training.v1.RecordCheckInRequest;
import uk.councilprotocol.contracts.training.v1.SuggestBuddiesRequest;
import uk.councilprotocol.testkit.EventProbe;
import uk.councilprotocol.testkit.GrpcCalls;
import uk.councilprotocol.testkit.HttpCalls;
import uk.councilprotocol.testkit.ServiceCallsTest;
import uk.councilprotocol.training.TrainingFixtures;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Buddies for new councillors through HTTP, gRPC, Kafka and SQL: HR is offered experienced councillors (the new one's
 * own group first), pairs them for six months, either of the pair records check-ins, HR ends a pairing. Who may do
 * what is checked both ways; bad input names its field and writes nothing.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BuddiesTest extends ServiceCallsTest {
    @Inject
    Clock clock;

    LocalDate today;

    @BeforeAll
    void importRoster() {
        today = LocalDate.now(clock);
        LocalDate longAgo = today.minusYears(4);
        LocalDate lastTerm = today.minusYears(2);
        // the roster with its optional ward column (a ward matched whatever its case)
        String roster = TrainingFixtures.HEADER.replace("active\n", "active,ward\n")
                + "bud-NEW1,Cllr Nia New,nia.new@bud.example.gov.uk,councillor,,,Green Group,," + today.minusDays(20) + ",true,Mill End\n"
                + "bud-NEW2,Cllr Ola Fresh,ola.fresh@bud.example.gov.uk,councillor,,,Independent Group,," + today + ",true,\n"
                + "bud-NEW3,Cllr Uma Novice,uma.novice@bud.example.gov.uk,councillor,,,Green Group,," + today + ",true,\n"
                + "bud-NEW4,Cllr Vic Novice,vic.novice@bud.example.gov.uk,councillor,,,Green Group,," + today + ",true,\n"
                + "bud-OLD1,Cllr Pat Veteran,pat.veteran@bud.example.gov.uk,councillor,,,Independent Group,," + longAgo + ",true,mill end\n"
                + "bud-OLD2,Cllr Quinn Green,quinn.green@bud.example.gov.uk,councillor,,,Green Group,," + lastTerm + ",true,Mill End\n"
                + "bud-OLD3,Cllr Ray Green,ray.green@bud.example.gov.uk,councillor,,,Green Group,," + longAgo + ",true,Riverside\n"
                + "bud-GONE,Cllr Sid Stood-Down,sid.gone@bud.example.gov.uk,councillor,,,Green Group,," + longAgo + ",false,Mill End\n"
                + "bud-OFF,Tia Officer,tia.officer@bud.example.gov.uk,officer,,Adults and Communities,,," + longAgo + ",true,\n";
        HttpCalls.Reply reply = as("hr-amy", "hr").post("/roster/import", "text/csv", roster);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    BuddiesGrpc.BuddiesBlockingStub grpc(String subject, String... roles) {
        return grpc(BuddiesGrpc::newBlockingStub, subject, roles);
    }

    @Test
    void hrPairsANewCouncillorWithASuggestedBuddyWhoRecordsTheirCheckIns() throws Exception {
        var suggestions = grpc("hr-amy", "hr").suggestBuddies(SuggestBuddiesRequest.newBuilder().setNewcomerId("bud-NEW1").build())
                .getSuggestionsList();
        assertThat(suggestions).extracting(BuddySuggestion::getPersonId)
                .as("her ward and group first, then those sharing one of them (buddying fewest first); no one new, "
                        + "stood down or an officer")
                .startsWith("bud-OLD2").containsSubsequence("bud-OLD2", "bud-OLD1").containsSubsequence("bud-OLD2", "bud-OLD3")
                .doesNotContain("bud-NEW1", "bud-NEW2", "bud-GONE", "bud-OFF");
        assertThat(suggestions.subList(1, 3)).extracting(BuddySuggestion::getPersonId).as("the next two, one thing in common each")
                .containsExactlyInAnyOrder("bud-OLD1", "bud-OLD3");
        assertThat(suggestions).filteredOn(s -> s.getPersonId().startsWith("bud-OLD")).extracting(BuddySuggestion::getPersonId,
                        s -> s.getReason().substring(0, s.getReason().indexOf(';')))
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("bud-OLD2", "Same ward (Mill End), same group (Green Group)"),
                        org.assertj.core.groups.Tuple.tuple("bud-OLD1", "Same ward (Mill End)"),
                        org.assertj.core.groups.Tuple.tuple("bud-OLD3", "Same group (Green Group)"));

        try (EventProbe events = scope.probe("training.events.v1")) {
            HttpCalls.Reply paired = as("hr-amy", "hr").post("/buddies", "application/json",
                    "{\"newcomerId\":\"bud-NEW1\",\"buddyId\":\"bud-OLD3\"}");
            assertThat(paired.status()).as(paired.body()).isEqualTo(201);
            String pairingId = paired.json().get("pairing").get("id").asText();
            assertThat(paired.json().get("buddyName").asText()).isEqualTo("Cllr Ray Green");
            assertThat(paired.json().get("pairing").get("checkInsUntil").asText()).isEqualTo(today.plusMonths(6).toString());

            BuddyPaired event = BuddyPaired.parseFrom(events.awaitOnly(BuddyPaired.getDescriptor().getFullName(), "bud-NEW1"));
            assertThat(event.getPairing().getId()).isEqualTo(pairingId);
            assertThat(event.getPairing().getNewcomerName()).isEqualTo("Cllr Nia New");
            assertThat(event.getPairing().getBuddyName()).isEqualTo("Cllr Ray Green");
            assertThat(event.getPairing().getStartsOn()).isEqualTo(today.toString());

            assertThat(grpc("hr-amy", "hr").suggestBuddies(SuggestBuddiesRequest.newBuilder().setNewcomerId("bud-NEW2").build())
                    .getSuggestionsList()).filteredOn(s -> s.getPersonId().equals("bud-OLD3"))
                    .extracting(BuddySuggestion::getCurrentNewcomers).containsExactly(1);

            BuddyPairing checkedIn = grpc("bud-OLD3", "councillor").recordCheckIn(RecordCheckInRequest.newBuilder()
                    .setPairingId(pairingId).setHeldOn(today.toString()).setNote("Walked the ward; casework surgery next").build());
            assertThat(checkedIn.getCheckInsList()).singleElement().satisfies(c -> {
                assertThat(c.getHeldOn()).isEqualTo(today.toString());
                assertThat(c.getRecordedBy()).isEqualTo("bud-OLD3");
            });
            BuddyCheckInRecorded recorded = BuddyCheckInRecorded.parseFrom(
                    events.awaitOnly(BuddyCheckInRecorded.getDescriptor().getFullName(), "bud-NEW1"));
            assertThat(recorded.getPairing().getCheckInsList()).extracting(c -> c.getNote())
                    .containsExactly("Walked the ward; casework surgery next");

            HttpCalls.Reply own = as("bud-NEW1", "councillor").post("/buddies/" + pairingId + "/check-ins", "application/json",
                    "{\"heldOn\":\"" + today + "\"}");
            assertThat(own.status()).as("the new councillor records one too").isEqualTo(201);
            assertThat(pairingIdsSeenBy("bud-NEW1", "councillor")).containsExactly(pairingId);
            assertThat(scope.count("SELECT count(*) FROM training.buddy_check_in WHERE pairing_id = '" + pairingId + "'")).isEqualTo(2);
        }
    }

    @Test
    void hrEndsAPairingSoAnotherBuddyCanBeChosen() throws Exception {
        BuddyPairing first = grpc("hr-amy", "hr").pairBuddies(PairBuddiesRequest.newBuilder()
                .setNewcomerId("bud-NEW2").setBuddyId("bud-OLD1").build());
        assertThatThrownBy(() -> grpc("hr-amy", "hr").pairBuddies(PairBuddiesRequest.newBuilder()
                .setNewcomerId("bud-NEW2").setBuddyId("bud-OLD2").build()))
                .as("one buddy at a time").isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION));
        try (EventProbe events = scope.probe("training.events.v1")) {
            assertThatThrownBy(() -> grpc("hr-amy", "hr").endPairing(EndPairingRequest.newBuilder().setPairingId(first.getId()).build()))
                    .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
                        assertThat(GrpcCalls.badRequestFields(e)).containsExactly("reason");
                    });
            BuddyPairing ended = grpc("hr-amy", "hr").endPairing(EndPairingRequest.newBuilder().setPairingId(first.getId())
                    .setReason("Cllr Veteran is on leave until the spring").build());
            assertThat(ended.getEndedBy()).isEqualTo("hr-amy");
            BuddyPairingEnded event = BuddyPairingEnded.parseFrom(events.awaitOnly(BuddyPairingEnded.getDescriptor().getFullName(), "bud-NEW2"));
            assertThat(event.getPairing().getEndReason()).isEqualTo("Cllr Veteran is on leave until the spring");
        }
        assertThat(as("bud-OLD1", "councillor").post("/buddies/" + first.getId() + "/check-ins", "application/json",
                "{\"heldOn\":\"" + today + "\"}").status()).as("an ended pairing takes no check-ins").isEqualTo(409);
        BuddyPairing second = grpc("hr-amy", "hr").pairBuddies(PairBuddiesRequest.newBuilder()
                .setNewcomerId("bud-NEW2").setBuddyId("bud-OLD2").build());
        assertThat(grpc("hr-amy", "hr").listPairings(ListPairingsRequest.getDefaultInstance()).getPairingsList())
                .extracting(BuddyPairing::getId).contains(second.getId()).doesNotContain(first.getId());
        assertThat(grpc("hr-amy", "hr").listPairings(ListPairingsRequest.newBuilder().setIncludeEnded(true).build()).getPairingsList())
                .extracting(BuddyPairing::getId).contains(second.getId(), first.getId());
    }

    @Test
    void onlyHrPairsAndOnlyThePairOrHrSeeAndRecord() {
        String body = "{\"newcomerId\":\"bud-NEW2\",\"buddyId\":\"bud-OLD3\"}";
        assertThat(as("bud-OLD3", "councillor").post("/buddies", "application/json", body).status()).isEqualTo(403);
        assertThat(as("bud-OFF", "officer", "standards").get("/buddies/suggestions?newcomerId=bud-NEW2").status()).isEqualTo(403);
        assertThatThrownBy(() -> grpc("bud-OLD3", "councillor").pairBuddies(PairBuddiesRequest.newBuilder()
                .setNewcomerId("bud-NEW2").setBuddyId("bud-OLD3").build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
        assertThat(scope.count("SELECT count(*) FROM training.buddy_pairing WHERE buddy_id = 'bud-OLD3' AND newcomer_id = 'bud-NEW2'")).isZero();

        String pairingId = grpc("hr-amy", "hr").pairBuddies(PairBuddiesRequest.newBuilder()
                .setNewcomerId("bud-NEW3").setBuddyId("bud-OLD1").build()).getId();
        String outsider = "bud-NEW1";
        assertThat(as(outsider, "councillor").get("/buddies/" + pairingId).status()).isEqualTo(403);
        assertThat(as(outsider, "councillor").post("/buddies/" + pairingId + "/check-ins", "application/json",
                "{\"heldOn\":\"" + today + "\"}").status()).isEqualTo(403);
        assertThat(pairingIdsSeenBy(outsider, "councillor")).doesNotContain(pairingId);
        assertThat(as("bud-OLD1", "councillor").get("/buddies/" + pairingId).status()).isEqualTo(200);
        assertThat(pairingIdsSeenBy("bud-NEW3", "councillor")).containsExactly(pairingId);
        assertThat(as("bud-OFF", "officer", "standards").get("/buddies/" + pairingId).status())
                .as("the Monitoring Officer's team reads every pairing").isEqualTo(200);
    }

    @Test
    void badRequestsNameTheirFieldsAndWriteNothing() {
        HttpCalls hr = as("hr-amy", "hr");
        long before = scope.count("SELECT count(*) FROM training.buddy_pairing");
        assertThat(hr.post("/buddies", "application/json", "{}").violationFields()).containsExactlyInAnyOrder("newcomer_id", "buddy_id");
        assertThat(hr.post("/buddies", "application/json", "{\"newcomerId\":\"bud-OLD1\",\"buddyId\":\"bud-NEW1\"}").violationFields())
                .as("the experienced one is not new, the new one not experienced").containsExactlyInAnyOrder("newcomer_id", "buddy_id");
        assertThat(hr.post("/buddies", "application/json", "{\"newcomerId\":\"bud-OFF\",\"buddyId\":\"bud-GONE\"}").violationFields())
                .as("an officer, and a councillor stood down").containsExactlyInAnyOrder("newcomer_id", "buddy_id");
        assertThat(hr.post("/buddies", "application/json", "{\"newcomerId\":\"nobody\",\"buddyId\":\"nobody\"}").violationFields())
                .containsExactlyInAnyOrder("newcomer_id", "buddy_id");
        assertThat(hr.get("/buddies/suggestions").violationFields()).containsExactly("newcomer_id");
        assertThat(scope.count("SELECT count(*) FROM training.buddy_pairing")).isEqualTo(before);

        String pairingId = grpc("hr-amy", "hr").pairBuddies(PairBuddiesRequest.newBuilder()
                .setNewcomerId("bud-NEW4").setBuddyId("bud-OLD1").build()).getId();
        long checkIns = scope.count("SELECT count(*) FROM training.buddy_check_in");
        String path = "/buddies/" + pairingId + "/check-ins";
        assertThat(hr.post(path, "application/json", "{}").violationFields()).containsExactly("held_on");
        assertThat(hr.post(path, "application/json", "{\"heldOn\":\"" + today.plusDays(1) + "\"}").violationFields()).containsExactly("held_on");
        assertThat(hr.post(path, "application/json", "{\"heldOn\":\"" + today.minusYears(1) + "\"}").violationFields()).containsExactly("held_on");
        assertThat(hr.post(path, "application/json", "{\"heldOn\":\"yesterday\",\"note\":\"" + "x".repeat(2001) + "\"}").violationFields())
                .containsExactlyInAnyOrder("held_on", "note");
        assertThat(hr.post("/buddies/not-an-id/check-ins", "application/json", "{\"heldOn\":\"" + today + "\"}").status()).isEqualTo(400);
        assertThat(scope.count("SELECT count(*) FROM training.buddy_check_in")).isEqualTo(checkIns);
    }

    /** The ids of the pairings GET /buddies shows this person (not their check-ins' ids). */
    private List<String> pairingIdsSeenBy(String personId, String role) {
        List<String> ids = new ArrayList<>();
        as(personId, role).get("/buddies").json().forEach(view -> ids.add(view.get("pairing").get("id").asText()));
        return ids;
    }
}
