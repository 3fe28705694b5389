package uk.councilprotocol.notifications.reminders;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import uk.councilprotocol.notifications.mail.SentMail;

import java.util.List;

@Controller
public class ReminderController {
    private final ReminderLog log;

    public ReminderController(ReminderLog log) {
        this.log = log;
    }

    @Get("/reminders")
    public List<Reminder> reminders(@Nullable @QueryValue String personId, @Nullable @QueryValue String subjectId) {
        return log.reminders(personId, subjectId);
    }

    @Get("/mail/sent")
    public List<SentMail> sentMail(@Nullable @QueryValue Integer limit) {
        return log.sentMail(limit == null ? 0 : limit);
    }
}
