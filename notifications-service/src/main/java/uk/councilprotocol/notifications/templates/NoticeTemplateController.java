package uk.councilprotocol.notifications.templates;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import uk.councilprotocol.platform.security.Caller;
import uk.councilprotocol.platform.security.Roles;

import java.util.List;

/** The council's email templates, for its admin: read them, preview a draft, save a new version. */
@Controller("/email-templates")
@Secured(Roles.ADMIN)
public class NoticeTemplateController {
    private final NoticeTemplates templates;

    public NoticeTemplateController(NoticeTemplates templates) {
        this.templates = templates;
    }

    @Get
    public List<TemplateViews.Summary> list(Authentication authentication) {
        return templates.list(Caller.of(authentication));
    }

    @Get("/{kind}")
    public TemplateViews.Template show(@PathVariable String kind, Authentication authentication) {
        return templates.view(kind, Caller.of(authentication));
    }

    /** {@code basedOnVersion}: the version the editor started from (0: the platform's); a newer one refuses the save (409). */
    @Put("/{kind}")
    public TemplateViews.Template save(@PathVariable String kind, @Nullable @Body Wording wording,
                                       @Nullable @QueryValue Integer basedOnVersion, Authentication authentication) {
        return templates.save(kind, wording, basedOnVersion, Caller.of(authentication));
    }

    @Post("/{kind}/preview")
    public TemplateViews.Preview preview(@PathVariable String kind, @Nullable @Body Wording wording, Authentication authentication) {
        return templates.preview(kind, wording, Caller.of(authentication));
    }
}
