package uk.councilprotocol.notifications.templates;

import io.grpc.stub.StreamObserver;
import jakarta.inject.Singleton;
import uk.councilprotocol.contracts.notifications.v1.GetTemplateRequest;
import uk.councilprotocol.contracts.notifications.v1.ListTemplatesRequest;
import uk.councilprotocol.contracts.notifications.v1.ListTemplatesResponse;
import uk.councilprotocol.contracts.notifications.v1.NoticeTemplatesGrpc;
import uk.councilprotocol.contracts.notifications.v1.Placeholder;
import uk.councilprotocol.contracts.notifications.v1.PreviewTemplateRequest;
import uk.councilprotocol.contracts.notifications.v1.SaveTemplateRequest;
import uk.councilprotocol.contracts.notifications.v1.TemplatePreview;
import uk.councilprotocol.contracts.notifications.v1.TemplateSummary;
import uk.councilprotocol.contracts.notifications.v1.TemplateVersion;
import uk.councilprotocol.contracts.notifications.v1.TemplateView;
import uk.councilprotocol.contracts.notifications.v1.TemplateWording;
import uk.councilprotocol.platform.grpc.Protos;
import uk.councilprotocol.platform.security.GrpcAuthentication;

/** {@link NoticeTemplateController} over gRPC, for the console. */
@Singleton
public class NoticeTemplatesGrpcService extends NoticeTemplatesGrpc.NoticeTemplatesImplBase {
    private final NoticeTemplates templates;

    public NoticeTemplatesGrpcService(NoticeTemplates templates) {
        this.templates = templates;
    }

    @Override
    public void listTemplates(ListTemplatesRequest request, StreamObserver<ListTemplatesResponse> response) {
        response.onNext(ListTemplatesResponse.newBuilder().addAllTemplates(
                templates.list(GrpcAuthentication.caller()).stream().map(NoticeTemplatesGrpcService::toProto).toList()).build());
        response.onCompleted();
    }

    @Override
    public void getTemplate(GetTemplateRequest request, StreamObserver<TemplateView> response) {
        response.onNext(toProto(templates.view(request.getKind(), GrpcAuthentication.caller())));
        response.onCompleted();
    }

    @Override
    public void saveTemplate(SaveTemplateRequest request, StreamObserver<TemplateView> response) {
        response.onNext(toProto(templates.save(request.getKind(), wording(request.getWording()),
                request.hasBasedOnVersion() ? request.getBasedOnVersion() : null, GrpcAuthentication.caller())));
        response.onCompleted();
    }

    @Override
    public void previewTemplate(PreviewTemplateRequest request, StreamObserver<TemplatePreview> response) {
        TemplateViews.Preview preview = templates.preview(request.getKind(), wording(request.getWording()), GrpcAuthentication.caller());
        response.onNext(TemplatePreview.newBuilder().setSubject(preview.subject()).setText(preview.text()).setHtml(preview.html())
                .setFilledFrom(preview.filledFrom()).build());
        response.onCompleted();
    }

    private static Wording wording(TemplateWording proto) {
        return new Wording(proto.getSubject(), proto.getBody());
    }

    private static TemplateWording toProto(Wording wording) {
        return TemplateWording.newBuilder().setSubject(wording.subject()).setBody(wording.body()).build();
    }

    private static TemplateSummary toProto(TemplateViews.Summary summary) {
        TemplateSummary.Builder proto = TemplateSummary.newBuilder().setKind(summary.kind()).setTitle(summary.title()).setVersion(summary.version());
        if (summary.savedAt() != null) {
            proto.setSavedAt(Protos.timestamp(summary.savedAt())).setSavedBy(summary.savedBy());
        }
        return proto.build();
    }

    private static TemplateView toProto(TemplateViews.Template template) {
        return TemplateView.newBuilder().setSummary(toProto(template.summary()))
                .addAllPlaceholders(template.placeholders().stream()
                        .map(p -> Placeholder.newBuilder().setName(p.name()).setDescription(p.description()).build()).toList())
                .setInEffect(toProto(template.inEffect())).setPlatformDefault(toProto(template.platformDefault()))
                .addAllVersions(template.versions().stream().map(v -> TemplateVersion.newBuilder().setVersion(v.version())
                        .setWording(toProto(v.wording())).setSavedAt(Protos.timestamp(v.savedAt())).setSavedBy(v.savedBy()).build()).toList())
                .build();
    }
}
