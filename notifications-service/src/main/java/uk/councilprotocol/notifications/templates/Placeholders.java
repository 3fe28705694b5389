package uk.councilprotocol.notifications.templates;

import uk.councilprotocol.platform.errors.Validation;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Named placeholders in double brackets, as GOV.UK Notify writes them: "is due by ((due date))". A name is matched
 * without regard to case or surrounding spaces. Checked before a template is saved, so filling one never meets a
 * name it does not know.
 */
public final class Placeholders {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\(\\(([^()]*)\\)\\)");

    private Placeholders() {
    }

    /** Rejects (naming {@code field}) a placeholder not among {@code known}, or brackets left open. */
    public static void check(String field, String text, Set<String> known, Validation check) {
        Matcher found = PLACEHOLDER.matcher(text);
        while (found.find()) {
            String name = name(found.group(1));
            if (!known.contains(name)) {
                check.reject(field, "((" + found.group(1) + ")) is not a placeholder of this email; it may use "
                        + String.join(", ", known.stream().sorted().map(k -> "((" + k + "))").toList()));
                return;
            }
        }
        String rest = found.replaceAll("");
        if (rest.contains("((") || rest.contains("))")) {
            check.reject(field, "has a placeholder's brackets left open: write a placeholder as ((name))");
        }
    }

    /** The text with each placeholder replaced by its value (an unknown one, which a checked template has none of, left as it is). */
    public static String fill(String text, Map<String, String> values) {
        return PLACEHOLDER.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
                values.getOrDefault(name(m.group(1)), m.group())));
    }

    private static String name(String written) {
        return written.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }
}
