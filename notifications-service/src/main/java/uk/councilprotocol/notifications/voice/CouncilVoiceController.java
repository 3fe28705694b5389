package uk.councilprotocol.notifications.voice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import uk.councilprotocol.platform.security.Caller;
import uk.councilprotocol.platform.security.Roles;

import java.util.Map;

/** How the council's emails speak: its admin reads and changes it. */
@Controller("/council-settings")
@Secured(Roles.ADMIN)
public class CouncilVoiceController {
    private final VoiceChoices choices;

    public CouncilVoiceController(VoiceChoices choices) {
        this.choices = choices;
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
