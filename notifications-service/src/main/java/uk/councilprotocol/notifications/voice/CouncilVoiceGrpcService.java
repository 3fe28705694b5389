package uk.councilprotocol.notifications.voice;

import io.grpc.stub.StreamObserver;
import jakarta.inject.Singleton;
import uk.councilprotocol.contracts.notifications.v1.CouncilLogo;
import uk.councilprotocol.contracts.notifications.v1.CouncilName;
import uk.councilprotocol.contracts.notifications.v1.CouncilVoiceGrpc;
import uk.councilprotocol.contracts.notifications.v1.CouncilVoiceView;
import uk.councilprotocol.contracts.notifications.v1.GetCouncilLogoRequest;
import uk.councilprotocol.contracts.notifications.v1.GetCouncilNameRequest;
import uk.councilprotocol.contracts.notifications.v1.SetCouncilLogoRequest;
import uk.councilprotocol.contracts.notifications.v1.GetCouncilVoiceRequest;
import uk.councilprotocol.contracts.notifications.v1.SetCouncilVoiceRequest;
import uk.councilprotocol.contracts.notifications.v1.VoiceRules;
import uk.councilprotocol.platform.grpc.Protos;
import uk.councilprotocol.platform.security.GrpcAuthentication;

import java.util.List;

/** {@link CouncilVoiceController} over gRPC, for the console. */
@Singleton
public class CouncilVoiceGrpcService extends CouncilVoiceGrpc.CouncilVoiceImplBase {
    private final VoiceChoices choices;
    private final CouncilLogos logos;

    public CouncilVoiceGrpcService(VoiceChoices choices, CouncilLogos logos) {
        this.choices = choices;
        this.logos = logos;
    }

    @Override
    public void getCouncilLogo(GetCouncilLogoRequest request, StreamObserver<CouncilLogo> response) {
        response.onNext(toProto(logos.current(GrpcAuthentication.caller())));
        response.onCompleted();
    }

    @Override
    public void setCouncilLogo(SetCouncilLogoRequest request, StreamObserver<CouncilLogo> response) {
        response.onNext(toProto(logos.replace(request.getContent().toByteArray(), GrpcAuthentication.caller())));
        response.onCompleted();
    }

    private static CouncilLogo toProto(java.util.Optional<StoredLogo> logo) {
        return logo.map(l -> CouncilLogo.newBuilder().setContent(com.google.protobuf.ByteString.copyFrom(l.content()))
                .setContentType(l.contentType()).setWidth(l.width()).setHeight(l.height())
                .setUpdatedAt(Protos.timestamp(l.updatedAt())).setUpdatedBy(l.updatedBy()).build())
                .orElse(CouncilLogo.getDefaultInstance());
    }

    @Override
    public void getCouncilVoice(GetCouncilVoiceRequest request, StreamObserver<CouncilVoiceView> response) {
        response.onNext(toProto(choices.view(GrpcAuthentication.caller())));
        response.onCompleted();
    }

    @Override
    public void setCouncilVoice(SetCouncilVoiceRequest request, StreamObserver<CouncilVoiceView> response) {
        VoiceRules rules = request.getRules();
        VoiceChoice choice = new VoiceChoice(rules.getCouncilName(), rules.getSenderName(), rules.getReplyTo(),
                rules.getSignOff(), rules.getTrainingDaysBeforeList(), rules.getActionDaysBeforeList(), rules.getSendOpens(),
                rules.getSendCloses());
        response.onNext(toProto(choices.choose(choice, GrpcAuthentication.caller())));
        response.onCompleted();
    }

    @Override
    public void getCouncilName(GetCouncilNameRequest request, StreamObserver<CouncilName> response) {
        response.onNext(CouncilName.newBuilder().setCouncilName(choices.councilName(GrpcAuthentication.caller()).orElse("")).build());
        response.onCompleted();
    }

    private static CouncilVoiceView toProto(VoiceChoices.CouncilVoiceView view) {
        CouncilVoiceView.Builder proto = CouncilVoiceView.newBuilder().setOwn(toProto(view.own())).setInEffect(toProto(view.inEffect()))
                .setMailChannel(view.mailChannel());
        if (view.updatedAt() != null) {
            proto.setUpdatedAt(Protos.timestamp(view.updatedAt())).setUpdatedBy(view.updatedBy());
        }
        return proto.build();
    }

    private static VoiceRules toProto(VoiceChoice choice) {
        return VoiceRules.newBuilder()
                .setCouncilName(Protos.orEmpty(choice.councilName())).setSenderName(Protos.orEmpty(choice.senderName()))
                .setReplyTo(Protos.orEmpty(choice.replyTo())).setSignOff(Protos.orEmpty(choice.signOff()))
                .addAllTrainingDaysBefore(choice.trainingDaysBefore() == null ? List.of() : choice.trainingDaysBefore())
                .addAllActionDaysBefore(choice.actionDaysBefore() == null ? List.of() : choice.actionDaysBefore())
                .setSendOpens(Protos.orEmpty(choice.sendOpens())).setSendCloses(Protos.orEmpty(choice.sendCloses()))
                .build();
    }
}
