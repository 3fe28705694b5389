package uk.councilprotocol.plans.importing;

import jakarta.inject.Singleton;
import uk.councilprotocol.plans.text.HtmlText;
import uk.councilprotocol.platform.errors.InvalidInputException;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.EnumSet;
import java.util.Locale;

/**
 * Reads an action-plan table pasted as tab-separated text (as the seeds are), whatever its layout: columns are
 * recognised by their header names (or by a mapping the council gives), not by position. It skips the title
 * lines above the header and the header repeated on each page, strips the HTML that document converters leave
 * ({@code <ul><li>}), treats a line with a single cell as a heading, carries blank grouping cells down from the
 * row above, joins a wrapped line (or, in a table with references, a row carried over a page break) to the row it
 * belongs to, and splits a cell of bullets ("•", "▪") into one row per bullet.
 */
@Singleton
public class PlanTableReader {
    private static final Set<ColumnRole> CARRIED_DOWN = Set.of(ColumnRole.THEME, ColumnRole.OUTCOME, ColumnRole.RECOMMENDATION,
            ColumnRole.CABINET_LEAD, ColumnRole.SPONSOR);
    private static final String BULLETS = "[•▪●◦]";

    /**
     * @param mapping header (as written) → role name, for a layout the reader does not know; may be empty
     */
    public PlanTable read(String text, Map<String, String> mapping) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of("file", "is empty; paste the plan's table as tab-separated text");
        }
        String[] lines = text.replace("\r", "").split("\n", -1);
        int headerLine = -1;
        Map<Integer, ColumnRole> roles = null;
        List<String> headers = null;
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < lines.length && headerLine < 0; i++) {
            List<String> cells = cells(lines[i]);
            if (cells.size() < 2) {
                continue;
            }
            seen.add(String.join(" | ", cells));
            Map<Integer, ColumnRole> recognised = recognise(cells, mapping);
            if (recognised.size() >= 2 && (recognised.containsValue(ColumnRole.ACTION)
                    || recognised.containsValue(ColumnRole.RECOMMENDATION))) {
                headerLine = i;
                roles = recognised;
                headers = cells;
            }
        }
        if (headerLine < 0) {
            throw InvalidInputException.of("columns", "no header row naming an action or recommendation column was found; "
                    + "tab-separated lines seen: " + seen.stream().limit(5).toList()
                    + ". Give a column mapping, e.g. {\"What we will do\": \"action\"}");
        }
        numberedActionsAreReferences(lines, headerLine, roles);
        return new PlanTable(columnsOf(headers, roles), rows(lines, headerLine, headers, roles));
    }

    /** "Action 1", "2.3", "4b": what a reference column holds, whatever its header says. */
    private static final String NUMBERED = "(?i)(action\\s*)?\\d+(\\.\\d+)*[a-z]?\\.?";

    /**
     * Two "Action" columns, one of them only "Action 1", "Action 2"…: that one is the reference, the other the
     * action (the header says too little; the cells say enough).
     */
    private static void numberedActionsAreReferences(String[] lines, int headerLine, Map<Integer, ColumnRole> roles) {
        List<Integer> actions = roles.entrySet().stream().filter(e -> e.getValue() == ColumnRole.ACTION).map(Map.Entry::getKey).toList();
        if (actions.size() < 2 || roles.containsValue(ColumnRole.REFERENCE)) {
            return;
        }
        for (int column : actions) {
            boolean numbered = false;
            boolean other = false;
            for (int i = headerLine + 1; i < lines.length; i++) {
                List<String> cells = cells(lines[i]);
                String cell = column < cells.size() ? clean(cells.get(column)) : "";
                if (cell.isBlank() || cells.equals(cells(lines[headerLine]))) {
                    continue;
                }
                numbered |= cell.matches(NUMBERED);
                other |= !cell.matches(NUMBERED);
            }
            if (numbered && !other) {
                roles.put(column, ColumnRole.REFERENCE);
                return;
            }
        }
    }

    private static Map<Integer, ColumnRole> recognise(List<String> cells, Map<String, String> mapping) {
        Map<Integer, ColumnRole> roles = new LinkedHashMap<>();
        for (int c = 0; c < cells.size(); c++) {
            String header = cells.get(c);
            String mapped = mapping.entrySet().stream().filter(e -> ColumnRole.normalise(e.getKey()).equals(ColumnRole.normalise(header)))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
            var role = mapped != null ? ColumnRole.named(mapped) : ColumnRole.recognise(header);
            if (mapped != null && role.isEmpty()) {
                throw InvalidInputException.of("mapping", "'" + mapped + "' is not a column role; use one of "
                        + Arrays.toString(ColumnRole.values()).toLowerCase());
            }
            int column = c;
            role.ifPresent(r -> roles.put(column, r));
        }
        return roles;
    }

    private static List<PlanRow> rows(String[] lines, int headerLine, List<String> headers, Map<Integer, ColumnRole> roles) {
        List<PlanRow> rows = new ArrayList<>();
        Map<ColumnRole, String> above = new EnumMap<>(ColumnRole.class);
        // Without an action column the recommendation is the row's own content, never carried from the row above.
        Set<ColumnRole> carriedDown = roles.containsValue(ColumnRole.ACTION) ? CARRIED_DOWN
                : CARRIED_DOWN.stream().filter(r -> r != ColumnRole.RECOMMENDATION).collect(Collectors.toSet());
        String heading = "";
        Map<ColumnRole, String> pending = null;
        int pendingLine = 0;
        for (int i = headerLine + 1; i < lines.length; i++) {
            List<String> cells = cells(lines[i]);
            if (cells.isEmpty() || cells.equals(headers)) {
                continue;                                           // blank, or the header again on a new page
            }
            boolean single = cells.size() == 1 || cells.subList(1, cells.size()).stream().allMatch(String::isBlank);
            String first = clean(cells.get(0));
            if (single && !first.matches("^" + BULLETS + ".*") && pending != null && !lines[i].contains("\t")
                    && pending.values().stream().filter(v -> !v.isBlank()).count() == 1) {
                // a wrapped row: its next cell arrived on a line of its own
                Set<ColumnRole> filled = filledRoles(pending);
                ColumnRole next = roles.values().stream().filter(r -> !filled.contains(r)).findFirst().orElse(null);
                if (next != null) {
                    pending.put(next, first);
                    continue;
                }
            }
            Integer referenceColumn = columnOf(roles, ColumnRole.REFERENCE);
            if (pending != null && referenceColumn != null && !single && clean(cells.get(referenceColumn)).isEmpty()) {
                // a row carried over a page break: its cells continue the row above
                for (var column : roles.entrySet()) {
                    String more = column.getKey() < cells.size() ? clean(cells.get(column.getKey())) : "";
                    if (!more.isEmpty()) {
                        pending.merge(column.getValue(), more, (a, b) -> a.isEmpty() ? b : a + " " + b);
                    }
                }
                continue;
            }
            if (pending != null) {
                rows.addAll(split(pendingLine, heading, pending));
                pending = null;
            }
            if (single && !first.matches("^" + BULLETS + ".*") && !roles.containsValue(ColumnRole.THEME)) {
                heading = first;                                     // "Skills & training"
                continue;
            }
            Map<ColumnRole, String> record = new EnumMap<>(ColumnRole.class);
            roles.forEach((column, role) -> record.put(role, column < cells.size() ? clean(cells.get(column)) : ""));
            shiftedLeft(record, above);
            record.replaceAll((role, value) -> value.isEmpty() && carriedDown.contains(role) ? above.getOrDefault(role, "") : value);
            carriedDown.forEach(role -> {
                if (!record.getOrDefault(role, "").isEmpty()) {
                    above.put(role, record.get(role));
                }
            });
            pending = record;
            pendingLine = i + 1;
        }
        if (pending != null) {
            rows.addAll(split(pendingLine, heading, pending));
        }
        return rows;
    }

    /**
     * A converter sometimes moves a row's cells one column left (seed 001: an outcome in the Family column, its
     * own cell empty). A theme cell that names no theme (no "Name - description", no lead) with no outcome
     * beside it, under a theme already running, is that outcome.
     */
    private static void shiftedLeft(Map<ColumnRole, String> record, Map<ColumnRole, String> above) {
        String theme = record.getOrDefault(ColumnRole.THEME, "");
        String carried = above.getOrDefault(ColumnRole.THEME, "");
        boolean namesATheme = theme.contains(" - ") || theme.toLowerCase(Locale.ROOT).contains("lead:");
        if (record.containsKey(ColumnRole.OUTCOME) && !theme.isEmpty() && !namesATheme && !carried.isEmpty()
                && record.get(ColumnRole.OUTCOME).isEmpty()) {
            record.put(ColumnRole.OUTCOME, theme);
            record.put(ColumnRole.THEME, carried);
        }
    }

    private static Integer columnOf(Map<Integer, ColumnRole> roles, ColumnRole wanted) {
        return roles.entrySet().stream().filter(e -> e.getValue() == wanted).map(Map.Entry::getKey).findFirst().orElse(null);
    }

    private static Set<ColumnRole> filledRoles(Map<ColumnRole, String> pending) {
        Set<ColumnRole> filled = EnumSet.noneOf(ColumnRole.class);
        pending.forEach((role, value) -> {
            if (!value.isBlank()) {
                filled.add(role);
            }
        });
        return filled;
    }

    /**
     * One row per bullet of the action cell; without an action column, one per recommendation, bulleted or run
     * together in one paragraph (seed 000).
     */
    private static List<PlanRow> split(int line, String heading, Map<ColumnRole, String> record) {
        ColumnRole main = record.containsKey(ColumnRole.ACTION) ? ColumnRole.ACTION : ColumnRole.RECOMMENDATION;
        String cell = record.getOrDefault(main, "");
        List<PlanRow> rows = new ArrayList<>();
        boolean bulletsLead = cell.matches("^" + BULLETS + ".*");
        List<String> parts = bulletsLead ? List.of(cell.split("\\s*" + BULLETS + "\\s*"))
                : main == ColumnRole.RECOMMENDATION ? RunOnSentences.split(cell) : List.of(cell);
        for (String part : parts) {
            if (part.isBlank()) {
                continue;
            }
            Map<ColumnRole, String> copy = new EnumMap<>(record);
            copy.put(main, part.strip());
            rows.add(new PlanRow(line, heading, copy));
        }
        if (rows.isEmpty() && record.values().stream().anyMatch(v -> !v.isBlank())) {
            rows.add(new PlanRow(line, heading, record));             // nothing to do, but shown so an import can say so
        }
        return rows;
    }

    private static Map<String, ColumnRole> columnsOf(List<String> headers, Map<Integer, ColumnRole> roles) {
        Map<String, ColumnRole> columns = new LinkedHashMap<>();
        roles.forEach((column, role) -> columns.put(headers.get(column), role));
        return columns;
    }

    private static List<String> cells(String line) {
        if (line.isBlank()) {
            return List.of();
        }
        List<String> cells = new ArrayList<>();
        for (String cell : line.split("\t", -1)) {
            cells.add(cell.strip());
        }
        while (cells.size() > 1 && cells.get(cells.size() - 1).isEmpty()) {
            cells.remove(cells.size() - 1);
        }
        return cells;
    }

    /** Drops converter HTML and collapses white space; a leading bullet is kept so splitting can see it. */
    static String clean(String cell) {
        return HtmlText.plain(cell);
    }
}
