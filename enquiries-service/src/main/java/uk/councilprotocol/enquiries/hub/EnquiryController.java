package uk.councilprotocol.enquiries.hub;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import uk.councilprotocol.platform.paging.PageRequest;
import uk.councilprotocol.platform.security.Caller;

import java.util.List;

@Controller("/enquiries")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class EnquiryController {
    private final EnquiryDesk desk;
    private final EnquiryViews views;
    private final EnquiryBoard board;
    private final EnquiryChanges changes;
    private final Assignments assignments;

    public EnquiryController(EnquiryDesk desk, EnquiryViews views, EnquiryBoard board, EnquiryChanges changes, Assignments assignments) {
        this.desk = desk;
        this.views = views;
        this.board = board;
        this.changes = changes;
        this.assignments = assignments;
    }

    @Post("/{reference}/acceptance")
    public EnquiryView accept(String reference, Authentication authentication) {
        return assignments.accept(reference, Caller.of(authentication));
    }

    @Post("/{reference}/reassignment")
    public EnquiryView reassign(String reference, @Body Assignments.Reassignment body, Authentication authentication) {
        return assignments.reassign(reference, body, Caller.of(authentication));
    }

    @Serdeable
    public record ResponseRequest(@Nullable String response) {
    }

    /** The Hub logs an enquiry: 201 with its reference and deadline. */
    @Post
    public HttpResponse<EnquiryView> log(@Body LogRequest request, Authentication authentication) {
        return HttpResponse.created(desk.log(request, Caller.of(authentication)));
    }

    /**
     * What the caller may see, soonest due first, a page at a time: the page's enquiries as the body (as before),
     * how many match in {@code X-Total-Count}, and the next page's token in {@code X-Next-Page-Token} (none on the last).
     */
    @Get
    public HttpResponse<List<EnquiryView>> list(@Nullable @QueryValue Boolean overdue, @Nullable @QueryValue Boolean includeResponded,
                                                @Nullable @QueryValue String department, @Nullable @QueryValue String ward,
                                                @Nullable @QueryValue String councillor, @Nullable @QueryValue String category,
                                                @Nullable @QueryValue String state, @Nullable @QueryValue String q,
                                                @Nullable @QueryValue Integer pageSize, @Nullable @QueryValue String pageToken,
                                                Authentication authentication, HttpRequest<?> request) {
        PageRequest page = PageRequest.of(pageSize == null ? 0 : pageSize, pageToken, 0, EnquiryBoard.DEFAULT_PAGE,
                EnquiryBoard.LARGEST_PAGE);
        return board.page(new EnquiryBoard.Filter(Boolean.TRUE.equals(overdue), Boolean.TRUE.equals(includeResponded),
                department, ward, councillor, category, state, q), page, Caller.of(authentication),
                request.getRemoteAddress().getAddress().getHostAddress()).toHttp();
    }

    @Get("/{reference}")
    public EnquiryView get(String reference, Authentication authentication, HttpRequest<?> request) {
        return views.find(reference, Caller.of(authentication), request.getRemoteAddress().getAddress().getHostAddress());
    }

    @Post("/{reference}/holding-reply")
    public EnquiryView holdingReply(String reference, @Body EnquiryChanges.HoldingReply body, Authentication authentication) {
        return changes.holdingReply(reference, body, Caller.of(authentication));
    }

    @Post("/{reference}/alternative-deadline")
    public EnquiryView alternativeDeadline(String reference, @Body EnquiryChanges.AlternativeDeadline body,
                                           Authentication authentication) {
        return changes.agreeAlternative(reference, body, Caller.of(authentication));
    }

    @Post("/{reference}/reclassification")
    public EnquiryView reclassify(String reference, @Body EnquiryChanges.Reclassification body, Authentication authentication) {
        return changes.reclassify(reference, body, Caller.of(authentication));
    }

    @Post("/{reference}/reopening")
    public EnquiryView reopen(String reference, @Body EnquiryChanges.Reopening body, Authentication authentication) {
        return changes.reopen(reference, body, Caller.of(authentication));
    }

    @Post("/{reference}/response")
    public EnquiryView respond(String reference, @Body ResponseRequest body, Authentication authentication) {
        return desk.respond(reference, body.response(), Caller.of(authentication));
    }
}
