package uk.councilprotocol.notifications.preferences;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import uk.councilprotocol.platform.security.Caller;

/** Anyone signed in reads and sets their own delivery choices, topic by topic (gRPC: Preferences). */
@Controller("/me/preferences")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class PreferencesController {
    private final Preferences preferences;

    public PreferencesController(Preferences preferences) {
        this.preferences = preferences;
    }

    /** Each value IMMEDIATE or WEEKLY_DIGEST, or left out. */
    @Serdeable
    public record Choice(@Nullable String delivery, @Nullable String training, @Nullable String actions) {
    }

    @Get
    public Preferences.Choices show(Authentication authentication) {
        return preferences.of(Caller.of(authentication).personId());
    }

    @Put
    public Preferences.Choices change(@Nullable @Body Choice choice, Authentication authentication) {
        Choice given = choice == null ? new Choice(null, null, null) : choice;
        return preferences.set(Caller.of(authentication).personId(), given.delivery(), given.training(), given.actions());
    }
}
