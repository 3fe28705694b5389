package uk.councilprotocol.notifications.voice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import uk.councilprotocol.platform.errors.NotFoundException;
import uk.councilprotocol.platform.security.Caller;
import uk.councilprotocol.platform.security.Roles;

import java.util.Map;

/** How the council's emails speak: its admin reads and changes it. */
@Controller("/council-settings")
@Secured(Roles.ADMIN)
public class CouncilVoiceController {
    private final VoiceChoices choices;
    private final CouncilLogos logos;

    public CouncilVoiceController(VoiceChoices choices, CouncilLogos logos) {
        this.choices = choices;
        this.logos = logos;
    }

    /** The council's logo (PNG or JPEG) for anyone signed in to it; 404 when it has none. */
    @Get("/logo")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public HttpResponse<byte[]> logo(Authentication authentication) {
        return logos.current(Caller.of(authentication)).map(l -> HttpResponse.ok(l.content()).contentType(l.contentType()))
                .orElseThrow(() -> new NotFoundException("logo", "of this council"));
    }

    /** The admin uploads the logo as the request's body ({@code image/png} or {@code image/jpeg}). */
    @Put(value = "/logo", consumes = {"image/png", "image/jpeg"})
    public Map<String, Object> uploadLogo(@Body byte[] image, Authentication authentication) {
        StoredLogo logo = logos.replace(image, Caller.of(authentication)).orElseThrow();
        return Map.of("contentType", logo.contentType(), "width", logo.width(), "height", logo.height());
    }

    @Delete("/logo")
    public HttpResponse<Void> removeLogo(Authentication authentication) {
        logos.replace(null, Caller.of(authentication));
        return HttpResponse.noContent();
    }

    @Get("/mail")
    public VoiceChoices.CouncilVoiceView show(Authentication authentication) {
        return choices.view(Caller.of(authentication));
    }

    /** The council's name as its admin set it, for anyone signed in to the council (the console's header). */
    @Get("/name")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public Map<String, String> councilName(Authentication authentication) {
        return Map.of("councilName", choices.councilName(Caller.of(authentication)).orElse(""));
    }

    @Put("/mail")
    public VoiceChoices.CouncilVoiceView change(@Nullable @Body VoiceChoice choice, Authentication authentication) {
        return choices.choose(choice, Caller.of(authentication));
    }
}
