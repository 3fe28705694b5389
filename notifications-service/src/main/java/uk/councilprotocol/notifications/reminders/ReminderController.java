package uk.councilprotocol.notifications.reminders;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import uk.councilprotocol.platform.security.Caller;
import uk.councilprotocol.notifications.mail.SentMail;

import java.util.List;

@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
public class ReminderController {
    private final ReminderLog log;

    public ReminderController(ReminderLog log) {
        this.log = log;
    }

    @Get("/reminders")
    public List<Reminder> reminders(@Nullable @QueryValue String personId, @Nullable @QueryValue String subjectId,
                                    Authentication authentication) {
        return log.reminders(personId, subjectId, Caller.of(authentication));
    }

    @Get("/mail/sent")
    public List<SentMail> sentMail(@Nullable @QueryValue Integer limit, Authentication authentication) {
        return log.sentMail(limit == null ? 0 : limit, Caller.of(authentication));
    }
}
