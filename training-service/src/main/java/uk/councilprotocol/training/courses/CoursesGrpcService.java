package uk.councilprotocol.training.courses;

import io.grpc.stub.StreamObserver;
import uk.councilprotocol.contracts.training.v1.SaveCourseRequest;
import uk.councilprotocol.platform.security.GrpcAuthentication;
import uk.councilprotocol.platform.security.Roles;
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

    @Override
    public void saveCourse(SaveCourseRequest request, StreamObserver<uk.councilprotocol.contracts.training.v1.Course> response) {
        GrpcAuthentication.caller().require(Roles.HR, Roles.ADMIN);
        // proto3 has no "unset": 0 months is a course that never expires, 0 days no renewal window
        Course saved = catalogue.save(request.getCode(), new CourseRequest(request.getTitle(), request.getDescription(),
                request.getRenewalMonths() == 0 ? null : request.getRenewalMonths(), !request.getRetired(),
                request.getRenewalWindowDays() == 0 ? null : request.getRenewalWindowDays(), request.getRenewsBy()));
        response.onNext(saved.toProto());
        response.onCompleted();
    }
}
