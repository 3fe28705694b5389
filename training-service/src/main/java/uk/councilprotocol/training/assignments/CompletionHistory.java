package uk.councilprotocol.training.assignments;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Who has done what, as the planner needs it: each person's latest completion of each course and until when it
 * counts. The completions package answers, so planning never depends on how completions are recorded.
 */
public interface CompletionHistory {

    /** @param expiresOn when the completion stops counting; null when it counts for good */
    record Latest(String personId, String courseCode, @Nullable LocalDate expiresOn) {

        public boolean isValidOn(LocalDate day) {
            return expiresOn == null || expiresOn.isAfter(day);
        }
    }

    List<Latest> latestOf(Collection<String> personIds);
}
