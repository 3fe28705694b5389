package uk.councilprotocol.enquiries.deadlines;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import uk.councilprotocol.platform.security.Caller;
import uk.councilprotocol.platform.security.Roles;

/** The council's own working calendar: the Hub and the admin read it, the admin changes it. */
@Controller("/council-settings/calendar")
@Secured({Roles.ADMIN, Roles.HUB})
public class CouncilCalendarController {
    private final CalendarChoices choices;

    public CouncilCalendarController(CalendarChoices choices) {
        this.choices = choices;
    }

    @Get
    public CalendarChoices.CouncilCalendarView show(Authentication authentication) {
        return choices.view(Caller.of(authentication));
    }

    @Put
    public CalendarChoices.CouncilCalendarView change(@Nullable @Body CalendarChoice choice, Authentication authentication) {
        return choices.choose(choice, Caller.of(authentication));
    }
}
