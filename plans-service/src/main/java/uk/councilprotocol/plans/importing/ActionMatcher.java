package uk.councilprotocol.plans.importing;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a row of a table describes an action already in the plan, though retyped: seed 002 writes
 * "the Council's senior management team" where seed 000 has "the Council' senior management team", adds
 * "and Councillors", or puts two of the plan's sentences in one bullet. Same text, one inside the other, or
 * nearly the same words.
 */
final class ActionMatcher {
    static final double SAME_WORDS = 0.75;
    private static final int MIN_CONTAINED = 20;

    private ActionMatcher() {
    }

    static boolean same(String a, String b) {
        String x = normalise(a);
        String y = normalise(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        if (x.equals(y)) {
            return true;
        }
        String shorter = x.length() <= y.length() ? x : y;
        String longer = shorter == x ? y : x;
        if (shorter.length() >= MIN_CONTAINED && (" " + longer + " ").contains(" " + shorter + " ")) {
            return true;
        }
        return jaccard(words(x), words(y)) >= SAME_WORDS;
    }

    static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("'s\\b", "").replace("'", "")
                .replaceAll("[^a-z0-9]+", " ").strip();
    }

    private static Set<String> words(String normalised) {
        return new HashSet<>(Arrays.asList(normalised.split(" ")));
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return union.isEmpty() ? 0 : (double) both.size() / union.size();
    }
}
