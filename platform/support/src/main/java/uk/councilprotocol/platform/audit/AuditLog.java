package uk.councilprotocol.platform.audit;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.councilprotocol.platform.security.Caller;
import uk.councilprotocol.platform.tenancy.Councils;

import java.time.Clock;
import java.util.List;
import uk.councilprotocol.platform.errors.InvalidInputException;

@Singleton
public class AuditLog {
    private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);

    private final AuditRepository repository;
    private final AuditWriter writer;
    private final Councils councils;
    private final Clock clock;

    public AuditLog(AuditRepository repository, AuditWriter writer, Councils councils, Clock clock) {
        this.repository = repository;
        this.writer = writer;
        this.councils = councils;
        this.clock = clock;
    }

    /**
     * Written apart from the change's transaction (with others arriving at the same time, {@link AuditWriter}), so a
     * change that failed is recorded as having been attempted; returns once the entry is committed.
     */
    public void record(Caller caller, String action, String target, String outcome, String source) {
        record(caller, action, target, outcome, source, "");
    }

    /** With what the call changed, before and after ({@link AuditChanges}). */
    public void record(Caller caller, String action, String target, String outcome, String source, String changes) {
        try {
            writer.write(councils.current(), new AuditEntry(null, clock.instant(),
                    printable(caller == null ? "anonymous" : caller.subject()),
                    caller == null ? "" : printable(caller.describeRoles()), printable(action), printable(target),
                    printable(outcome), printable(source), printable(changes)));
        } catch (RuntimeException e) {
            LOG.error("Could not write the audit entry for {} {} by {}", action, target,
                    caller == null ? "anonymous" : caller.subject(), e);
        }
    }

    /**
     * The text with control characters written out ({@code \u0000}): a request naming a NUL byte (which PostgreSQL's
     * text cannot hold) is recorded as it came, not lost.
     */
    static String printable(String text) {
        if (text == null) {
            return "";   // every column is NOT NULL: an unknown part is recorded as empty
        }
        if (text.chars().noneMatch(Character::isISOControl)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        text.chars().forEach(c -> out.append(Character.isISOControl(c) ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return out.toString();
    }

    /** A reader's limit: 100 unless given, and never more than 1,000 entries at once. */
    public static int limit(Integer asked) {
        int n = asked == null || asked == 0 ? 100 : asked;
        if (n < 1 || n > 1000) {
            throw InvalidInputException.of("limit", "must be between 1 and 1000");
        }
        return n;
    }

    /**
     * Entries older than {@code beforeId} (0 or null: from the newest) whose actor, action or target contains
     * {@code query} (any case; empty: all), newest first.
     */
    public List<AuditEntry> page(@Nullable Long beforeId, @Nullable String query, int limit) {
        if (beforeId != null && beforeId < 0) {
            throw InvalidInputException.of("beforeId", "must be an entry's id (a positive number)");
        }
        String text = query == null ? "" : query.strip();
        if (text.length() > 200) {
            throw InvalidInputException.of("query", "must be at most 200 characters");
        }
        String pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return repository.page(beforeId == null || beforeId == 0 ? Long.MAX_VALUE : beforeId, pattern, limit);
    }
}
