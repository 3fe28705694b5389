package uk.councilprotocol.notifications.reminders;

import io.micronaut.http.HttpResponse;
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
import uk.councilprotocol.notifications.contacts.ContactBook;

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

    /**
     * The sent-mail log, newest first, a page at a time ({@code q}: recipient or subject containing): the page as
     * the body, how many match in {@code X-Total-Count}, the next page's token in {@code X-Next-Page-Token}.
     */
    @Get("/mail/sent")
    public HttpResponse<List<SentMail>> sentMail(@Nullable @QueryValue Integer limit, @Nullable @QueryValue Integer pageSize,
                                                 @Nullable @QueryValue String pageToken, @Nullable @QueryValue String q,
                                                 Authentication authentication) {
        return log.sentMail(pageSize == null ? 0 : pageSize, limit == null ? 0 : limit, pageToken, 0, q,
                Caller.of(authentication)).toHttp();
    }

    /** Addresses the mail server refused for good (no such mailbox) that people still have, newest first. */
    @Get("/mail/undeliverable")
    public List<ContactBook.Undeliverable> undeliverable(Authentication authentication) {
        return log.undeliverable(Caller.of(authentication));
    }
}
