package uk.councilprotocol.notifications.voice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import uk.councilprotocol.platform.security.Caller;
import uk.councilprotocol.platform.security.Roles;

/** How the council's emails speak: its admin reads and changes it. */
@Controller("/council-settings/mail")
@Secured(Roles.ADMIN)
public class CouncilVoiceController {
    private final VoiceChoices choices;

    public CouncilVoiceController(VoiceChoices choices) {
        this.choices = choices;
    }

    @Get
    public VoiceChoices.CouncilVoiceView show(Authentication authentication) {
        return choices.view(Caller.of(authentication));
    }

    @Put
    public VoiceChoices.CouncilVoiceView change(@Nullable @Body VoiceChoice choice, Authentication authentication) {
        return choices.choose(choice, Caller.of(authentication));
    }
}
