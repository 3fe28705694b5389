package uk.councilprotocol.console.councils;

import com.google.protobuf.ByteString;
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
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import uk.councilprotocol.console.FormErrors;
import uk.councilprotocol.console.Page;
import uk.councilprotocol.console.Pages;
import uk.councilprotocol.console.backend.Backends;
import uk.councilprotocol.console.signin.Csrf;
import uk.councilprotocol.console.signin.Session;
import uk.councilprotocol.console.signin.Sessions;
import uk.councilprotocol.contracts.enquiries.v1.CalendarRules;
import uk.councilprotocol.contracts.enquiries.v1.GetCouncilCalendarRequest;
import uk.councilprotocol.contracts.enquiries.v1.SetCouncilCalendarRequest;
import uk.councilprotocol.contracts.notifications.v1.GetCouncilVoiceRequest;
import uk.councilprotocol.contracts.notifications.v1.SetCouncilLogoRequest;
import uk.councilprotocol.contracts.notifications.v1.SetCouncilVoiceRequest;
import uk.councilprotocol.contracts.notifications.v1.VoiceRules;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * For a council's admin: the council's own settings on a shared deployment — its working calendar (enquiries-service:
 * bank holidays, the close of the working day, the days it promises) and how its emails speak (notifications-service:
 * its name, sender, Reply-To, sign-off, the days before a due date reminders go). An empty field keeps the deployment's.
 * Each service checks the role and council itself and validates what it is sent; its errors name the field.
 */
@Controller("/council-settings")
@ExecuteOn(TaskExecutors.BLOCKING)
public class CouncilSettingsController {
    private final Backends backends;
    private final Pages pages;
    private final CouncilLogoCache logos;

    public CouncilSettingsController(Backends backends, Pages pages, CouncilLogoCache logos) {
        this.backends = backends;
        this.pages = pages;
        this.logos = logos;
    }

    /** The admin uploads the council's logo, or ("remove") takes it away; notifications-service checks the image. */
    @Post("/logo")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public HttpResponse<?> logo(HttpRequest<?> request, @Nullable @Part("logo") CompletedFileUpload file,
                                @Nullable @Part("csrf") String csrf, @Nullable @Part("action") String action) throws IOException {
        Session session = Sessions.of(request);
        Csrf.check(session, Map.of(Csrf.FIELD, csrf == null ? "" : csrf));
        boolean remove = "remove".equals(action);
        byte[] image = remove || file == null ? new byte[0] : file.getBytes();
        if (!remove && image.length == 0) {
            return pages.render(HttpStatus.BAD_REQUEST, request, "council-settings", model(session, null,
                    List.of(new FormErrors.FieldError("logo", "is required: choose a PNG or JPEG file")), Map.of()));
        }
        try {
            backends.councilVoice(session).setCouncilLogo(SetCouncilLogoRequest.newBuilder().setContent(ByteString.copyFrom(image)).build());
        } catch (StatusRuntimeException e) {
            return pages.render(HttpStatus.BAD_REQUEST, request, "council-settings", model(session, null, FormErrors.of(e), Map.of()));
        }
        logos.forget(session);
        return HttpResponse.seeOther(URI.create("/council-settings?saved=" + (remove ? "no-logo" : "logo")));
    }

    @Get
    public HttpResponse<String> show(HttpRequest<?> request, @Nullable @QueryValue String saved) {
        return pages.ok(request, "council-settings", model(Sessions.of(request), saved, List.of(), Map.of()));
    }

    @Post("/calendar")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> calendar(HttpRequest<?> request, @Body Map<String, String> form) {
        Session session = Sessions.of(request);
        Csrf.check(session, form);
        List<FormErrors.FieldError> errors = new ArrayList<>();
        int days = wholeNumbers("responseWorkingDays", form.getOrDefault("responseWorkingDays", ""), errors).stream().findFirst().orElse(0);
        if (errors.isEmpty()) {
            try {
                backends.councilCalendar(session).setCouncilCalendar(SetCouncilCalendarRequest.newBuilder().setRules(CalendarRules.newBuilder()
                        .setDivision(form.getOrDefault("division", "").strip()).setClosesAt(form.getOrDefault("closesAt", "").strip())
                        .setResponseWorkingDays(days)).build());
                return HttpResponse.seeOther(URI.create("/council-settings?saved=calendar"));
            } catch (StatusRuntimeException e) {
                errors.addAll(FormErrors.of(e));
            }
        }
        return pages.render(HttpStatus.BAD_REQUEST, request, "council-settings", model(session, null, errors, form));
    }

    @Post("/mail")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> mail(HttpRequest<?> request, @Body Map<String, String> form) {
        Session session = Sessions.of(request);
        Csrf.check(session, form);
        List<FormErrors.FieldError> errors = new ArrayList<>();
        List<Integer> training = wholeNumbers("trainingDaysBefore", form.getOrDefault("trainingDaysBefore", ""), errors);
        List<Integer> actions = wholeNumbers("actionDaysBefore", form.getOrDefault("actionDaysBefore", ""), errors);
        if (errors.isEmpty()) {
            try {
                backends.councilVoice(session).setCouncilVoice(SetCouncilVoiceRequest.newBuilder().setRules(VoiceRules.newBuilder()
                        .setCouncilName(form.getOrDefault("councilName", "")).setSenderName(form.getOrDefault("senderName", ""))
                        .setReplyTo(form.getOrDefault("replyTo", "")).setSignOff(form.getOrDefault("signOff", ""))
                        .setSendOpens(form.getOrDefault("sendOpens", "").strip()).setSendCloses(form.getOrDefault("sendCloses", "").strip())
                        .addAllTrainingDaysBefore(training).addAllActionDaysBefore(actions)).build());
                return HttpResponse.seeOther(URI.create("/council-settings?saved=mail"));
            } catch (StatusRuntimeException e) {
                errors.addAll(FormErrors.of(e));
            }
        }
        return pages.render(HttpStatus.BAD_REQUEST, request, "council-settings", model(session, null, errors, form));
    }

    /** "30, 7, 1" as numbers; anything else is named as the field's error. */
    static List<Integer> wholeNumbers(String field, String text, List<FormErrors.FieldError> errors) {
        List<Integer> numbers = new ArrayList<>();
        for (String part : text.split("[,\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            if (!part.matches("\\d{1,4}")) {
                errors.add(new FormErrors.FieldError(field, "must be whole numbers of days, separated by commas (for example 30, 7, 1)"));
                return List.of();
            }
            numbers.add(Integer.parseInt(part));
        }
        return numbers;
    }

    static String days(List<Integer> days) {
        return days.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** The channel in words, as the admin reads it; the operator sets it (docs/operations.md, "GOV.UK Notify"). */
    static String mailChannel(String channel) {
        return switch (channel) {
            case "council-notify" -> "GOV.UK Notify, through your council's own service (its branding and reply-to are set in Notify)";
            case "notify" -> "GOV.UK Notify, through the platform's service";
            default -> "the platform's mail server (SMTP)";
        };
    }

    private Map<String, Object> model(Session session, @Nullable String saved, List<FormErrors.FieldError> errors, Map<String, String> form) {
        var calendar = backends.councilCalendar(session).getCouncilCalendar(GetCouncilCalendarRequest.getDefaultInstance());
        var voice = backends.councilVoice(session).getCouncilVoice(GetCouncilVoiceRequest.getDefaultInstance());
        return Page.model(session, "Your council's settings", "council-settings",
                "calendar", calendar, "voice", voice,
                "ownTrainingDays", days(voice.getOwn().getTrainingDaysBeforeList()),
                "ownActionDays", days(voice.getOwn().getActionDaysBeforeList()),
                "trainingDays", days(voice.getInEffect().getTrainingDaysBeforeList()),
                "actionDays", days(voice.getInEffect().getActionDaysBeforeList()),
                "mailChannel", mailChannel(voice.getMailChannel()),
                "saved", saved == null ? "" : saved, "errors", errors, "form", form);
    }
}
