package uk.councilprotocol.platform.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.core.propagation.PropagatedContextElement;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What a call changed, before and after, noted by the domain as it makes each change and written into the call's audit
 * entry ({@code changes}). The HTTP filter and the gRPC interceptor open one for every call that changes data; work
 * with none open (an event consumer, a scheduled job) notes nothing. The domain names identifiers, dates and states
 * only, never free text such as a confidential enquiry's.
 */
public final class AuditChanges implements PropagatedContextElement {
    static final int MAX_LENGTH = 2_000;
    private final List<String> changes = new CopyOnWriteArrayList<>();

    /** Notes {@code field: before → after} for the call in scope, when it changed. */
    public static void note(String field, @Nullable Object before, @Nullable Object after) {
        if (Objects.equals(before, after)) {
            return;
        }
        PropagatedContext.find().flatMap(context -> context.find(AuditChanges.class))
                .ifPresent(open -> open.changes.add(field + ": " + shown(before) + " → " + shown(after)));
    }

    /** Opens a record of changes for the work run in the returned scope (and whatever it hands work to). */
    public PropagatedContext.Scope open() {
        return PropagatedContext.getOrEmpty().plus(this).propagate();
    }

    /** "due_date: 2027-01-04 → 2027-01-18; department: Environment → Adults", within the column's length. */
    public String text() {
        String text = String.join("; ", changes);
        return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH - 1) + "…" : text;
    }

    private static String shown(@Nullable Object value) {
        return value == null || value.toString().isBlank() ? "(none)" : value.toString();
    }
}
