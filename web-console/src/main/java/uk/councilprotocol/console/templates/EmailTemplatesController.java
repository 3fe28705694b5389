package uk.councilprotocol.console.templates;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import uk.councilprotocol.console.FormErrors;
import uk.councilprotocol.console.Page;
import uk.councilprotocol.console.Pages;
import uk.councilprotocol.console.backend.Backends;
import uk.councilprotocol.console.signin.Csrf;
import uk.councilprotocol.console.signin.Session;
import uk.councilprotocol.console.signin.Sessions;
import uk.councilprotocol.contracts.notifications.v1.GetTemplateRequest;
import uk.councilprotocol.contracts.notifications.v1.ListTemplatesRequest;
import uk.councilprotocol.contracts.notifications.v1.PreviewTemplateRequest;
import uk.councilprotocol.contracts.notifications.v1.SaveTemplateRequest;
import uk.councilprotocol.contracts.notifications.v1.TemplatePreview;
import uk.councilprotocol.contracts.notifications.v1.TemplateView;
import uk.councilprotocol.contracts.notifications.v1.TemplateWording;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * For a council's admin: the wording of each kind of email. One page lists them; each has a form to preview a draft
 * (filled from the council's own data) and save it as a new version. notifications-service checks the role and the
 * placeholders; its errors name the field.
 */
@Controller("/email-templates")
@ExecuteOn(TaskExecutors.BLOCKING)
public class EmailTemplatesController {
    private final Backends backends;
    private final Pages pages;

    public EmailTemplatesController(Backends backends, Pages pages) {
        this.backends = backends;
        this.pages = pages;
    }

    @Get
    public HttpResponse<String> list(HttpRequest<?> request) {
        Session session = Sessions.of(request);
        var templates = backends.noticeTemplates(session).listTemplates(ListTemplatesRequest.getDefaultInstance());
        return pages.ok(request, "email-templates", Page.model(session, "Email templates", "council-settings",
                "templates", templates.getTemplatesList()));
    }

    @Get("/{kind}")
    public HttpResponse<String> show(HttpRequest<?> request, @PathVariable String kind, @Nullable @QueryValue String saved,
                                     @Nullable @QueryValue String from) {
        Session session = Sessions.of(request);
        TemplateView template = template(session, kind);
        // the words in use, or an earlier version's (or the platform's) to start again from: nothing changes until saved
        TemplateWording start = "platform".equals(from) ? template.getPlatformDefault()
                : template.getVersionsList().stream().filter(v -> String.valueOf(v.getVersion()).equals(from)).findFirst()
                .map(v -> v.getWording()).orElse(template.getInEffect());
        Map<String, String> form = Map.of("subject", start.getSubject(), "body", start.getBody(),
                "based_on", String.valueOf(template.getSummary().getVersion()));
        return pages.ok(request, "email-template", model(session, template, form, null, List.of(), saved == null ? "" : saved));
    }

    /** "Preview" shows the draft filled in and keeps it in the form; "Save" keeps it as a new version. */
    @Post("/{kind}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> previewOrSave(HttpRequest<?> request, @PathVariable String kind, @Body Map<String, String> form) {
        Session session = Sessions.of(request);
        Csrf.check(session, form);
        TemplateWording draft = TemplateWording.newBuilder().setSubject(form.getOrDefault("subject", ""))
                .setBody(form.getOrDefault("body", "")).build();
        TemplateView template = template(session, kind);
        try {
            if ("save".equals(form.get("action"))) {
                SaveTemplateRequest.Builder save = SaveTemplateRequest.newBuilder().setKind(kind).setWording(draft);
                basedOn(form).ifPresent(save::setBasedOnVersion);
                TemplateView saved = backends.noticeTemplates(session).saveTemplate(save.build());
                return HttpResponse.seeOther(UriBuilder.of("/email-templates").path(kind)
                        .queryParam("saved", saved.getSummary().getVersion()).build());
            }
            TemplatePreview preview = backends.noticeTemplates(session).previewTemplate(PreviewTemplateRequest.newBuilder()
                    .setKind(kind).setWording(draft).build());
            return pages.ok(request, "email-template", model(session, template, form, preview, List.of(), ""));
        } catch (StatusRuntimeException e) {
            if (e.getStatus().getCode() == Status.Code.FAILED_PRECONDITION) {
                // another admin saved a version meanwhile: the draft stays, and saving again now replaces theirs knowingly
                Map<String, String> kept = new HashMap<>(form);
                kept.put("based_on", String.valueOf(template.getSummary().getVersion()));
                return pages.render(HttpStatus.CONFLICT, request, "email-template", model(session, template, kept, null,
                        List.of(new FormErrors.FieldError("", "Someone else saved these emails' words meanwhile: "
                                + e.getStatus().getDescription() + ". Your words are kept below; the versions list shows theirs.")), ""));
            }
            return pages.render(HttpStatus.BAD_REQUEST, request, "email-template",
                    model(session, template, form, null, FormErrors.of(e), ""));
        }
    }

    /** The version the form's words started from, when the form says (a page from before this field: none). */
    private static Optional<Integer> basedOn(Map<String, String> form) {
        try {
            return Optional.of(Integer.parseInt(form.getOrDefault("based_on", "").strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private TemplateView template(Session session, String kind) {
        return backends.noticeTemplates(session).getTemplate(GetTemplateRequest.newBuilder().setKind(kind).build());
    }

    /** A saved version as the table lists it: when, in the council's time. */
    public record VersionRow(int version, String savedAt, String savedBy, String subject) {
    }

    private static final DateTimeFormatter SAVED_AT = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private static Map<String, Object> model(Session session, TemplateView template, Map<String, String> form,
                                             @Nullable TemplatePreview preview, List<FormErrors.FieldError> errors, String saved) {
        return Page.model(session, template.getSummary().getTitle(), "council-settings", "template", template,
                "form", form, "preview", preview, "errors", errors, "saved", saved,
                "versions", template.getVersionsList().stream().map(v -> new VersionRow(v.getVersion(),
                        SAVED_AT.format(Instant.ofEpochSecond(v.getSavedAt().getSeconds())), v.getSavedBy(), v.getWording().getSubject())).toList());
    }
}
