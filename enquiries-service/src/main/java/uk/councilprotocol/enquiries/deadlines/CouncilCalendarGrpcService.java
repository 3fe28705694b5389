package uk.councilprotocol.enquiries.deadlines;

import io.grpc.stub.StreamObserver;
import jakarta.inject.Singleton;
import uk.councilprotocol.contracts.enquiries.v1.CalendarRules;
import uk.councilprotocol.contracts.enquiries.v1.CouncilCalendarGrpc;
import uk.councilprotocol.contracts.enquiries.v1.CouncilCalendarView;
import uk.councilprotocol.contracts.enquiries.v1.GetCouncilCalendarRequest;
import uk.councilprotocol.contracts.enquiries.v1.SetCouncilCalendarRequest;
import uk.councilprotocol.platform.grpc.Protos;
import uk.councilprotocol.platform.security.GrpcAuthentication;

/** {@link CouncilCalendarController} over gRPC, for the console. */
@Singleton
public class CouncilCalendarGrpcService extends CouncilCalendarGrpc.CouncilCalendarImplBase {
    private final CalendarChoices choices;

    public CouncilCalendarGrpcService(CalendarChoices choices) {
        this.choices = choices;
    }

    @Override
    public void getCouncilCalendar(GetCouncilCalendarRequest request, StreamObserver<CouncilCalendarView> response) {
        response.onNext(toProto(choices.view(GrpcAuthentication.caller())));
        response.onCompleted();
    }

    @Override
    public void setCouncilCalendar(SetCouncilCalendarRequest request, StreamObserver<CouncilCalendarView> response) {
        CalendarRules rules = request.getRules();
        CalendarChoice choice = new CalendarChoice(rules.getDivision(), rules.getClosesAt(),
                rules.getResponseWorkingDays() == 0 ? null : rules.getResponseWorkingDays());
        response.onNext(toProto(choices.choose(choice, GrpcAuthentication.caller())));
        response.onCompleted();
    }

    private static CouncilCalendarView toProto(CalendarChoices.CouncilCalendarView view) {
        CouncilCalendarView.Builder proto = CouncilCalendarView.newBuilder()
                .setOwn(toProto(view.own())).setInEffect(toProto(view.inEffect()));
        if (view.updatedAt() != null) {
            proto.setUpdatedAt(Protos.timestamp(view.updatedAt())).setUpdatedBy(view.updatedBy());
        }
        return proto.build();
    }

    private static CalendarRules toProto(CalendarChoice choice) {
        return CalendarRules.newBuilder().setDivision(Protos.orEmpty(choice.division()))
                .setClosesAt(Protos.orEmpty(choice.closesAt()))
                .setResponseWorkingDays(choice.responseWorkingDays() == null ? 0 : choice.responseWorkingDays()).build();
    }
}
