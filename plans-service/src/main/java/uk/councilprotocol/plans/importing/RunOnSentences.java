package uk.councilprotocol.plans.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a cell where a converter ran a list together into one paragraph — seed 000's recommendations:
 * "... mandatory for councillors The buddying system ... to interact Invite Councillors on 'tours' ...".
 * A new item starts after a full stop, or where a lower-case word (or a closing bracket) is followed by a
 * capitalised one that no preposition or article introduces ("for Councillors" stays, "interact Invite" splits).
 * A sentence that can only continue the one before ("Where there are problems ...") is kept with it.
 */
final class RunOnSentences {
    private static final Set<String> INTRODUCERS = Set.of("a", "an", "the", "and", "or", "of", "for", "to", "by", "with",
            "on", "in", "into", "that", "from", "at", "as", "between", "including", "invite", "support", "all", "our",
            "their", "its", "any", "each", "every", "other", "new", "whether", "both", "than", "via", "across", "within");
    private static final Set<String> CONTINUATIONS = Set.of("where", "when", "if", "this", "these", "it", "which",
            "however", "also", "such");

    private RunOnSentences() {
    }

    static List<String> split(String cell) {
        String[] words = cell.strip().split("\\s+");
        List<String> items = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (i > 0 && startsItem(words[i - 1], word)) {
                add(items, current.toString());
                current.setLength(0);
            }
            if (current.length() > 0) {
                current.append(' ');
            }
            current.append(word);
        }
        add(items, current.toString());
        return items;
    }

    private static void add(List<String> items, String item) {
        if (item.isBlank()) {
            return;
        }
        String first = item.split("\\s+")[0].toLowerCase(Locale.ROOT);
        if (!items.isEmpty() && CONTINUATIONS.contains(first)) {
            items.set(items.size() - 1, items.get(items.size() - 1) + " " + item);
        } else {
            items.add(item);
        }
    }

    private static boolean startsItem(String previous, String word) {
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        if (previous.endsWith(".") || previous.endsWith("?") || previous.endsWith("!")) {
            return !previous.equalsIgnoreCase("e.g.") && !previous.equalsIgnoreCase("eg.") && !previous.equals("i.e.");
        }
        if (previous.endsWith(")")) {
            return true;
        }
        char first = previous.charAt(0);
        char last = previous.charAt(previous.length() - 1);
        return Character.isLowerCase(first) && Character.isLowerCase(last)
                && !INTRODUCERS.contains(previous.toLowerCase(Locale.ROOT));
    }
}
