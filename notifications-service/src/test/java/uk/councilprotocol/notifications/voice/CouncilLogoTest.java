package uk.councilprotocol.notifications.voice;

import com.google.protobuf.ByteString;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.micronaut.context.annotation.Property;
import io.micronaut.grpc.server.GrpcEmbeddedServer;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.councilprotocol.contracts.notifications.v1.CouncilLogoChanged;
import uk.councilprotocol.contracts.notifications.v1.CouncilVoiceGrpc;
import uk.councilprotocol.contracts.notifications.v1.GetCouncilLogoRequest;
import uk.councilprotocol.contracts.notifications.v1.SetCouncilLogoRequest;
import jakarta.mail.internet.MimeMessage;
import uk.councilprotocol.contracts.training.v1.BuddyPaired;
import uk.councilprotocol.contracts.training.v1.BuddyPairing;
import uk.councilprotocol.contracts.training.v1.Person;
import uk.councilprotocol.contracts.training.v1.PersonKind;
import uk.councilprotocol.contracts.training.v1.PersonRegistered;
import uk.councilprotocol.testkit.EventProbe;
import uk.councilprotocol.testkit.MailServer;
import uk.councilprotocol.testkit.GrpcCalls;
import uk.councilprotocol.testkit.HttpCalls;
import uk.councilprotocol.testkit.TestScope;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A council's logo for the console and its emails: its admin uploads or removes it, its people read it, its emails
 * show it, no other council sees it.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "platform.tenancy.default-council", value = "eastmoor")
@Property(name = "platform.tenancy.councils", value = "eastmoor,glenmoor")
class CouncilLogoTest {
    @Inject
    EmbeddedServer server;
    @Inject
    GrpcEmbeddedServer grpcServer;

    final TestScope scope = TestScope.of(getClass());
    ManagedChannel channel;

    @BeforeAll
    void open() {
        channel = GrpcCalls.channel(grpcServer.getPort());
    }

    @AfterAll
    void close() {
        channel.shutdownNow();
    }

    HttpCalls as(String council, String subject, String... roles) {
        return new HttpCalls(server.getURL().toString()).as(scope.tokenFor(council, subject, roles));
    }

    CouncilVoiceGrpc.CouncilVoiceBlockingStub grpcAs(String council, String subject, String... roles) {
        return GrpcCalls.withToken(CouncilVoiceGrpc.newBlockingStub(channel), scope.tokenFor(council, subject, roles))
                .withDeadlineAfter(10, TimeUnit.SECONDS);
    }

    static byte[] image(String format, int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }

    @Test
    void theAdminUploadsTheLogoItsPeopleSeeItAndNoOtherCouncilDoes() throws Exception {
        byte[] png = image("png", 240, 60);
        try (EventProbe events = scope.probe("notifications.events.v1")) {
            HttpCalls.Reply uploaded = as("glenmoor", "glen-admin", "admin").sendBytes("PUT", "/council-settings/logo", "image/png", png);
            assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(200);
            assertThat(uploaded.json().get("width").asInt()).isEqualTo(240);
            var event = events.await(CouncilLogoChanged.getDescriptor().getFullName(), 1, Duration.ofSeconds(30)).get(0);
            assertThat(event.key()).isEqualTo("glenmoor");
            assertThat(CouncilLogoChanged.parseFrom(event.value()).getContentType()).isEqualTo("image/png");
        }
        HttpCalls.Download read = as("glenmoor", "glen-officer", "officer").download("/council-settings/logo");
        assertThat(read.contentType()).isEqualTo("image/png");
        assertThat(read.bytes()).isEqualTo(png);
        assertThat(as("eastmoor", "east-officer", "officer").get("/council-settings/logo").status()).as("another council's").isEqualTo(404);
        var overGrpc = grpcAs("glenmoor", "glen-councillor", "councillor").getCouncilLogo(GetCouncilLogoRequest.getDefaultInstance());
        assertThat(overGrpc.getContent().toByteArray()).isEqualTo(png);
        assertThat(grpcAs("eastmoor", "east-officer", "officer").getCouncilLogo(GetCouncilLogoRequest.getDefaultInstance())
                .getContent().isEmpty()).isTrue();

        byte[] jpeg = image("jpeg", 100, 100);
        assertThat(grpcAs("glenmoor", "glen-admin", "admin").setCouncilLogo(SetCouncilLogoRequest.newBuilder()
                .setContent(ByteString.copyFrom(jpeg)).build()).getContentType()).isEqualTo("image/jpeg");
        assertThat(grpcAs("glenmoor", "glen-admin", "admin").setCouncilLogo(SetCouncilLogoRequest.getDefaultInstance())
                .getContent().isEmpty()).as("empty removes it").isTrue();
        assertThat(as("glenmoor", "glen-officer", "officer").get("/council-settings/logo").status()).isEqualTo(404);
    }

    /** Both of a new pairing are emailed at once: the quickest email to ask for in a council. */
    void pairBuddies(String council, String tag) {
        for (String id : List.of("new-" + tag, "bud-" + tag)) {
            scope.publishFor(council, "training.events.v1", id, PersonRegistered.newBuilder().setPerson(Person.newBuilder().setId(id)
                    .setFullName("Cllr " + id).setEmail(id + "@example.gov.uk").setKind(PersonKind.COUNCILLOR)
                    .setStartDate("2026-05-07").setActive(true)).build());
        }
        scope.publishFor(council, "training.events.v1", "new-" + tag, BuddyPaired.newBuilder().setPairing(BuddyPairing.newBuilder()
                .setId(UUID.randomUUID().toString()).setNewcomerId("new-" + tag).setNewcomerName("Cllr new-" + tag)
                .setBuddyId("bud-" + tag).setBuddyName("Cllr bud-" + tag).setStartsOn("2026-12-01").setCheckInsUntil("2027-06-01")
                .setPairedBy("hr").setPairedAt("2026-12-01T10:00:00Z")).build());
    }

    @Test
    void theCouncilsEmailsShowItsLogoAndAnotherCouncilsDoNot() throws Exception {
        byte[] png = image("png", 200, 50);
        assertThat(as("glenmoor", "glen-admin", "admin").sendBytes("PUT", "/council-settings/logo", "image/png", png).status())
                .isEqualTo(200);
        try {
            String tag = UUID.randomUUID().toString().substring(0, 6);
            pairBuddies("glenmoor", "g" + tag);
            pairBuddies("eastmoor", "e" + tag);
            MimeMessage glenmoor = scope.mail().awaitMailbox("bud-g" + tag + "@example.gov.uk", 1, Duration.ofSeconds(30)).get(0);
            assertThat(MailServer.html(glenmoor)).contains("<img src=\"cid:council-logo\"");
            assertThat(MailServer.inlineImage(glenmoor, "council-logo")).as("the logo itself, inline").hasValue(png);
            assertThat(MailServer.plainText(glenmoor)).as("the plain text as ever").startsWith("Dear Cllr bud-g" + tag);
            MimeMessage eastmoor = scope.mail().awaitMailbox("bud-e" + tag + "@example.gov.uk", 1, Duration.ofSeconds(30)).get(0);
            assertThat(MailServer.html(eastmoor)).doesNotContain("<img");
            assertThat(MailServer.inlineImage(eastmoor, "council-logo")).isEmpty();
        } finally {
            as("glenmoor", "glen-admin", "admin").sendBytes("PUT", "/council-settings/logo", "image/png", new byte[0]);
        }
    }

    @Test
    void anythingButASensiblePngOrJpegIsRefusedNamingTheLogo() throws Exception {
        HttpCalls admin = as("eastmoor", "east-admin", "admin");
        for (byte[] bad : new byte[][]{"<svg onload='alert(1)'/>".getBytes(), image("gif", 10, 10), image("png", 1200, 20),
                new byte[110 * 1024]}) {
            HttpCalls.Reply refused = admin.sendBytes("PUT", "/council-settings/logo", "image/png", bad);
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.json().get("violations").get(0).get("field").asText()).isEqualTo("logo");
        }
        assertThat(as("eastmoor", "east-hr", "hr").sendBytes("PUT", "/council-settings/logo", "image/png", image("png", 10, 10))
                .status()).isEqualTo(403);
        assertThatThrownBy(() -> grpcAs("eastmoor", "east-hr", "hr").setCouncilLogo(SetCouncilLogoRequest.newBuilder()
                .setContent(ByteString.copyFrom(image("png", 10, 10))).build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
        assertThat(scope.countAsService("eastmoor", "SELECT count(*) FROM notifications.council_logo")).isZero();
    }
}
