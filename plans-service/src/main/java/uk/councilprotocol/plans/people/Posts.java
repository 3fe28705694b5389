package uk.councilprotocol.plans.people;

import java.util.Locale;

/**
 * Whether a person's job title (from the roster) is a post an action plan names as owner. Plans name posts
 * the way councils write them: one post exactly ("Director of Law and Governance") or a group of posts
 * ("All Directors" — every title with the word Director, Executive Directors included).
 */
public final class Posts {
    private Posts() {
    }

    public static boolean holds(String jobTitle, String post) {
        if (jobTitle == null || jobTitle.isBlank() || post == null || post.isBlank()) {
            return false;
        }
        String title = normalise(jobTitle);
        String named = normalise(post);
        if (named.startsWith("all ")) {
            String group = named.substring(4);
            String singular = group.endsWith("s") ? group.substring(0, group.length() - 1) : group;
            return (" " + title + " ").contains(" " + singular + " ") || (" " + title + " ").contains(" " + group + " ");
        }
        return title.equals(named);
    }

    private static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replace("&", "and").replaceAll("[^a-z0-9]+", " ").strip();
    }
}
