package uk.councilprotocol.platform.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** What a run of events ({@link EventRoutes#onRuns}) comes to. */
public final class Runs {
    private Runs() {
    }

    /**
     * The last of each aggregate's events in the run, in the order the aggregates first came: what each is now. A run
     * written as one statement needs it, since PostgreSQL will not change one row twice in a statement.
     */
    public static <T> List<T> lastOfEach(List<T> run, Function<T, String> key) {
        Map<String, T> last = new LinkedHashMap<>();
        run.forEach(event -> last.put(key.apply(event), event));
        return List.copyOf(last.values());
    }
}
