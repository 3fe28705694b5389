package uk.councilprotocol.training.completions;

import jakarta.inject.Singleton;
import uk.councilprotocol.training.assignments.CompletionHistory;

import java.util.Collection;
import java.util.List;

/** The planner's view of the completions recorded: the latest of each course per person. */
@Singleton
public class RecordedCompletions implements CompletionHistory {
    private final CompletionRepository completions;

    public RecordedCompletions(CompletionRepository completions) {
        this.completions = completions;
    }

    @Override
    public List<Latest> latestOf(Collection<String> personIds) {
        return completions.latestOf(personIds).stream()
                .map(c -> new Latest(c.personId(), c.courseCode(), c.expiresOn())).toList();
    }
}
