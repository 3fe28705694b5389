package uk.councilprotocol.plans.importing;

import io.micronaut.core.annotation.Nullable;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A theme as a plan writes it in one cell: "Skills, Learning, & Development - To ensure TT has the right
 * skillsets ... (FAMILY LEAD: SUE PUTT)" is the name, a description, and the lead.
 */
record ThemeCell(String name, @Nullable String description, @Nullable String leadName) {
    private static final Pattern LEAD = Pattern.compile("\\(\\s*(?:family|theme|workstream)?\\s*lead\\s*:\\s*([^)]+)\\)",
            Pattern.CASE_INSENSITIVE);

    static ThemeCell parse(String cell) {
        String text = cell.strip();
        String lead = null;
        Matcher m = LEAD.matcher(text);
        if (m.find()) {
            lead = personName(m.group(1));
            text = (text.substring(0, m.start()) + text.substring(m.end())).strip();
        }
        int dash = text.indexOf(" - ");
        if (dash > 0) {
            return new ThemeCell(text.substring(0, dash).strip(), emptyToNull(text.substring(dash + 3)), lead);
        }
        return new ThemeCell(text.replaceAll("\\s*-$", ""), null, lead);
    }

    /** "SUE PUTT" → "Sue Putt"; a name already in mixed case is kept. */
    static String personName(String written) {
        String name = written.strip().replaceAll("\\s+", " ");
        if (!name.equals(name.toUpperCase(Locale.ROOT))) {
            return name;
        }
        StringBuilder out = new StringBuilder();
        for (String word : name.toLowerCase(Locale.ROOT).split(" ")) {
            out.append(out.length() == 0 ? "" : " ");
            for (String part : word.split("(?<=-)")) {
                out.append(part.isEmpty() ? "" : Character.toUpperCase(part.charAt(0)) + part.substring(1));
            }
        }
        return out.toString();
    }

    private static String emptyToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
