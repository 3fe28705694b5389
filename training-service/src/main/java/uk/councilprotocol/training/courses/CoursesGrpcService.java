package uk.councilprotocol.training.courses;

import io.grpc.stub.StreamObserver;
import jakarta.inject.Singleton;
import uk.councilprotocol.contracts.training.v1.CoursesGrpc;
import uk.councilprotocol.contracts.training.v1.ListCoursesRequest;
import uk.councilprotocol.contracts.training.v1.ListCoursesResponse;

@Singleton
public class CoursesGrpcService extends CoursesGrpc.CoursesImplBase {
    private final CourseCatalogue catalogue;

    public CoursesGrpcService(CourseCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public void listCourses(ListCoursesRequest request, StreamObserver<ListCoursesResponse> response) {
        response.onNext(ListCoursesResponse.newBuilder()
                .addAllCourses(catalogue.all().stream().map(Course::toProto).toList()).build());
        response.onCompleted();
    }
}
