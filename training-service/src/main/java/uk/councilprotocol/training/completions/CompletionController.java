package uk.councilprotocol.training.completions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import uk.councilprotocol.platform.security.Caller;

import java.util.List;

@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
public class CompletionController {
    private final CompletionService service;
    private final BulkCompletions bulk;
    private final CompletionCorrections corrections;

    public CompletionController(CompletionService service, BulkCompletions bulk, CompletionCorrections corrections) {
        this.service = service;
        this.bulk = bulk;
        this.corrections = corrections;
    }

    @Serdeable
    public record RecordedResponse(Completion completion, @Nullable String fulfilledAssignmentId,
                                   @Nullable String nextDueDate, boolean alreadyRecorded) {
    }

    /** 201 for a new completion, 200 when the same one had been recorded before. */
    @Post("/completions")
    public HttpResponse<RecordedResponse> record(@Body CompletionRequest request, Authentication authentication) {
        CompletionService.Recorded recorded = service.record(request, Caller.of(authentication));
        RecordedResponse body = new RecordedResponse(recorded.completion(),
                recorded.fulfilledAssignment().map(Object::toString).orElse(null),
                recorded.next().map(a -> a.dueDate().toString()).orElse(null), recorded.alreadyRecorded());
        return recorded.alreadyRecorded() ? HttpResponse.ok(body) : HttpResponse.created(body);
    }

    /**
     * HR's upload of many completions (the body is the CSV file, columns as {@link CompletionsCsv} reads them). Each
     * row stands alone: the report counts those recorded and already recorded, and names each refused row's problems
     * by line and column; only a file that cannot be read at all (a missing column) is refused as a whole.
     */
    @Post("/completions/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public BulkCompletions.Report importCsv(@Body String csv, Authentication authentication) {
        return bulk.record(CompletionsCsv.parse(csv), CompletionsCsv.FIRST_ROW, Caller.of(authentication));
    }

    /** HR's correction of a completion recorded wrongly: the whole of it as it should be, and why. */
    @Post("/completions/{completionId}/correction")
    public Completion correct(String completionId, @Body CorrectionRequest request, Authentication authentication) {
        return corrections.correct(completionId, request, Caller.of(authentication));
    }

    /** HR withdraws a completion recorded in error: it stops counting; its assignment reopens. */
    @Post("/completions/{completionId}/withdrawal")
    public Completion withdraw(String completionId, @Body WithdrawalRequest request, Authentication authentication) {
        return corrections.withdraw(completionId, request, Caller.of(authentication));
    }

    @Get("/roster/people/{personId}/completion-corrections")
    public List<CompletionCorrection> corrections(String personId, Authentication authentication) {
        return corrections.ofPerson(personId, Caller.of(authentication));
    }

    @Get("/roster/people/{personId}/completions")
    public List<Completion> ofPerson(String personId, Authentication authentication) {
        return service.ofPerson(personId, Caller.of(authentication));
    }
}
