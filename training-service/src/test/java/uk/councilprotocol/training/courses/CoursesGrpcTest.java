package uk.councilprotocol.training.courses;

import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.micronaut.grpc.server.GrpcEmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.councilprotocol.platform.grpc.GrpcCallThreads;
import uk.councilprotocol.testkit.AtOnce;
import org.junit.jupiter.api.TestInstance;
import uk.councilprotocol.contracts.training.v1.Course;
import uk.councilprotocol.contracts.training.v1.CoursesGrpc;
import uk.councilprotocol.contracts.training.v1.ListCoursesRequest;
import uk.councilprotocol.contracts.training.v1.SaveCourseRequest;
import uk.councilprotocol.testkit.GrpcCalls;
import uk.councilprotocol.testkit.TestScope;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** HR's course catalogue over gRPC (the console's Courses page): add, change, retire; bad fields named; HR and admin only. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoursesGrpcTest {
    @Inject
    GrpcEmbeddedServer grpcServer;

    final TestScope scope = TestScope.of(getClass());
    ManagedChannel channel;

    @BeforeAll
    void open() {
        channel = GrpcCalls.channel(grpcServer.getPort());
    }

    @AfterAll
    void close() throws InterruptedException {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }

    CoursesGrpc.CoursesBlockingStub courses(String subject, String... roles) {
        return GrpcCalls.withToken(CoursesGrpc.newBlockingStub(channel), scope.token(subject, roles)).withDeadlineAfter(10, TimeUnit.SECONDS);
    }

    /** Many calls at once share the service's fixed gRPC threads (GrpcCallThreads), not a thread a call. */
    @Test
    void manyCallsAtOnceShareTheServicesFixedGrpcThreads() throws Exception {
        CoursesGrpc.CoursesBlockingStub officer = courses("cal", "officer");
        List<Object> answers = AtOnce.call(48, i -> officer.listCourses(ListCoursesRequest.getDefaultInstance()).getCoursesCount());
        assertThat(answers).hasSize(48).hasOnlyElementsOfType(Integer.class);
        assertThat(Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith(GrpcCallThreads.NAME)).count())
                .isBetween(1L, 16L);
    }

    @Test
    void hrAddsChangesAndRetiresACourse() {
        Course added = courses("hr-amy", "hr").saveCourse(SaveCourseRequest.newBuilder().setCode("CODE_OF_CONDUCT")
                .setTitle("The Members' Code of Conduct").setRenewalMonths(24).setRenewalWindowDays(60).build());
        assertThat(added.getActive()).isTrue();
        assertThat(added.getRenewalMonths()).isEqualTo(24);
        Course changed = courses("admin-eve", "admin").saveCourse(SaveCourseRequest.newBuilder().setCode("CODE_OF_CONDUCT")
                .setTitle("Code of Conduct").setRetired(true).build());
        assertThat(changed.getActive()).isFalse();
        assertThat(changed.getRenewalMonths()).as("0: never expires").isZero();
        assertThat(courses("cal", "officer").listCourses(ListCoursesRequest.getDefaultInstance()).getCoursesList())
                .filteredOn(c -> c.getCode().equals("CODE_OF_CONDUCT")).singleElement()
                .satisfies(c -> assertThat(c.getTitle()).isEqualTo("Code of Conduct"));
        assertThat(scope.text("SELECT title || '/' || active FROM training.course WHERE code = 'CODE_OF_CONDUCT'"))
                .isEqualTo("Code of Conduct/false");
    }

    @Test
    void badFieldsAreNamedAndOnlyHrAndTheAdminSave() {
        assertThatThrownBy(() -> courses("hr-amy", "hr").saveCourse(SaveCourseRequest.newBuilder().setCode("lower case")
                .setRenewalMonths(500).setRenewalWindowDays(30).build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
                    assertThat(GrpcCalls.badRequestFields(e)).contains("code", "title", "renewal_months");
                });
        assertThatThrownBy(() -> courses("hr-amy", "hr").saveCourse(SaveCourseRequest.newBuilder().setCode("WINDOW_ONLY")
                .setTitle("A window without a renewal").setRenewalWindowDays(30).build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e ->
                        assertThat(GrpcCalls.badRequestFields(e)).containsExactly("renewal_window_days"));
        for (String[] caller : new String[][]{{"cal", "officer"}, {"mo", "standards"}, {"lms", "service", "department:adults-and-communities"}}) {
            assertThatThrownBy(() -> courses(caller[0], caller[1]).saveCourse(SaveCourseRequest.newBuilder().setCode("REFUSED")
                    .setTitle("Refused").build()))
                    .isInstanceOfSatisfying(StatusRuntimeException.class, e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
        }
        assertThat(scope.count("SELECT count(*) FROM training.course WHERE code IN ('REFUSED', 'WINDOW_ONLY')")).isZero();
    }
}
