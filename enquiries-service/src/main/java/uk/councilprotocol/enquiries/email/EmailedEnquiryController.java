package uk.councilprotocol.enquiries.email;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import uk.councilprotocol.enquiries.hub.EnquiryView;
import uk.councilprotocol.platform.security.Caller;

import java.util.List;
import java.util.UUID;

@Controller("/enquiries")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class EmailedEnquiryController {
    private final EmailedEnquiries emailed;

    public EmailedEnquiryController(EmailedEnquiries emailed) {
        this.emailed = emailed;
    }

    /** The body is the .eml file; {@code category} (and {@code ward}) route it as for any enquiry. */
    @Post("/email")
    @Consumes({"message/rfc822", MediaType.APPLICATION_OCTET_STREAM})
    public HttpResponse<EnquiryView> upload(@Body byte[] eml, @Nullable @QueryValue String category,
                                            @Nullable @QueryValue String ward, @Nullable @QueryValue Boolean confidential,
                                            Authentication authentication) {
        return HttpResponse.created(emailed.upload(eml, category, ward, Boolean.TRUE.equals(confidential),
                Caller.of(authentication)));
    }

    @Get("/{reference}/attachments")
    public List<AttachmentRepository.Summary> attachments(String reference, Authentication authentication) {
        return emailed.list(reference, Caller.of(authentication));
    }

    @Get("/{reference}/attachments/{id}")
    public HttpResponse<byte[]> download(String reference, UUID id, Authentication authentication, HttpRequest<?> request) {
        Attachment attachment = emailed.download(reference, id, Caller.of(authentication),
                request.getRemoteAddress().getAddress().getHostAddress());
        return HttpResponse.ok(attachment.content()).contentType(attachment.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + attachment.filename().replace("\"", "") + "\"");
    }
}
