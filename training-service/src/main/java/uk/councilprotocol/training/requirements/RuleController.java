package uk.councilprotocol.training.requirements;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import uk.councilprotocol.platform.security.Roles;

import java.util.List;
import java.util.UUID;

@Controller("/rules")
@Secured({Roles.HR, Roles.ADMIN})
public class RuleController {
    private final RuleBook ruleBook;

    public RuleController(RuleBook ruleBook) {
        this.ruleBook = ruleBook;
    }

    @Get
    @Secured({Roles.HR, Roles.ADMIN, Roles.STANDARDS})
    public List<RequirementRule> list() {
        return ruleBook.all();
    }

    @Post
    public HttpResponse<RuleBook.RuleChange> add(@Body RuleRequest request) {
        return HttpResponse.created(ruleBook.add(request));
    }

    /** Who the rule would assign and by when, before it is added: nothing is saved. */
    @Post("/preview")
    public RuleBook.Preview preview(@Body RuleRequest request) {
        return ruleBook.preview(request);
    }

    /** Changes the rule: the old one retired, the changed one added (see {@link RuleBook#change}). */
    @Put("/{id}")
    public RuleBook.RuleChange change(UUID id, @Body RuleRequest request) {
        return ruleBook.change(id, request);
    }

    /** Who the changed rule would assign and by when: nothing is saved. */
    @Post("/{id}/preview")
    public RuleBook.Preview previewChange(UUID id, @Body RuleRequest request) {
        return ruleBook.preview(request, id);
    }

    /** Retires the rule (kept for the record); open assignments only it required are cancelled. */
    @Delete("/{id}")
    public RuleBook.RuleChange retire(UUID id) {
        return ruleBook.retire(id);
    }
}
