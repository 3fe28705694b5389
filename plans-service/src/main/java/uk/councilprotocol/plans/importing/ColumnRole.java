package uk.councilprotocol.plans.importing;

import uk.councilprotocol.plans.text.HtmlText;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a column of a plan table holds, recognised from its header however the council words it. */
public enum ColumnRole {
    REFERENCE(List.of("ref", "reference", "no", "number", "action ref", "action no")),
    THEME(List.of("family", "theme", "priority", "workstream", "area")),
    OUTCOME(List.of("outcome", "outcomes", "objective")),
    RECOMMENDATION(List.of("recommendation", "lga recommendation", "cllr officer relations protocol recommendation",
            "protocol recommendation", "peer challenge recommendation")),
    ACTION(List.of("action", "actions", "action to be taken", "what we will do")),
    CABINET_LEAD(List.of("cabinet lead", "portfolio holder", "lead member")),
    SPONSOR(List.of("sponsor", "lead officer sponsor", "executive sponsor")),
    OWNER(List.of("owner", "lead officer", "responsible officer", "action owner", "lead")),
    DUE(List.of("due", "due date", "deadline", "timescale", "timescales", "target date", "by when", "completion date")),
    STATUS(List.of("status", "rag", "rag status", "progress status")),
    PROGRESS(List.of("further description", "progress", "update", "progress update", "comments", "commentary"));

    private final List<String> names;

    ColumnRole(List<String> names) {
        this.names = names;
    }

    /** "Cllr/Officer Relations Protocol Recommendation" → RECOMMENDATION. */
    public static Optional<ColumnRole> recognise(String header) {
        String normalised = normalise(header);
        for (ColumnRole role : values()) {
            if (role.names.contains(normalised)) {
                return Optional.of(role);
            }
        }
        if (normalised.endsWith("recommendation") || normalised.endsWith("recommendations")) {
            return Optional.of(RECOMMENDATION);
        }
        // "Governance Characteristic", "Key Priority", "Focus Area": what the actions are grouped under
        if (normalised.matches(".*\\b(characteristic|characteristics|priority|priorities|area|areas)$")) {
            return Optional.of(THEME);
        }
        return Optional.empty();
    }

    public static Optional<ColumnRole> named(String role) {
        try {
            return Optional.of(valueOf(role.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_')));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static String normalise(String header) {
        return HtmlText.plain(header).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
