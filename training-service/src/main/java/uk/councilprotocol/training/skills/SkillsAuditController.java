package uk.councilprotocol.training.skills;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import uk.councilprotocol.platform.security.Caller;

import java.util.List;

/** The skills audit over HTTP: HR publishes and reads the matrix, councillors answer. */
@Controller("/skills-audits")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class SkillsAuditController {
    private final SkillsAudits audits;

    public SkillsAuditController(SkillsAudits audits) {
        this.audits = audits;
    }

    @Post
    public HttpResponse<AuditView> publish(@Body PublishAsk ask, Authentication authentication) {
        return HttpResponse.created(audits.publish(ask, Caller.of(authentication)));
    }

    @Get
    public List<AuditView> list(Authentication authentication) {
        return audits.list(Caller.of(authentication));
    }

    @Put("/{auditId}/answers")
    public AnswersView answer(String auditId, @Body AnswerAsk ask, Authentication authentication) {
        return audits.answer(auditId, ask, Caller.of(authentication));
    }

    @Get("/{auditId}/answers/mine")
    public AnswersView mine(String auditId, Authentication authentication) {
        return audits.mine(auditId, Caller.of(authentication));
    }

    @Get("/{auditId}/matrix")
    public MatrixView matrix(String auditId, Authentication authentication) {
        return audits.matrix(auditId, Caller.of(authentication));
    }
}
