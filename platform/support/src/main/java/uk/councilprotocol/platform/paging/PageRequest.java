package uk.councilprotocol.platform.paging;

import uk.councilprotocol.platform.errors.Validation;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Which part of a list a caller asked for, read from AIP-158's fields: {@code page_size} (0 means the list's
 * default, more than its largest is refused), {@code page_token} (opaque; from the previous answer) and
 * {@code skip} (a console's numbered pages). Every list the platform serves reads its request through this, so
 * the rules and the error messages are the same everywhere.
 */
public record PageRequest(int offset, int size) {
    private static final String TOKEN_PREFIX = "offset:";

    public static PageRequest of(int pageSize, String pageToken, int skip, int defaultSize, int largestSize) {
        Validation check = Validation.start();
        if (pageSize < 0 || pageSize > largestSize) {
            check.reject("page_size", "must be between 1 and " + largestSize + " (or 0 for " + defaultSize + ")");
        }
        if (skip < 0) {
            check.reject("skip", "must not be negative");
        }
        int offset = 0;
        if (pageToken != null && !pageToken.isBlank()) {
            try {
                String decoded = new String(Base64.getUrlDecoder().decode(pageToken.strip()), StandardCharsets.UTF_8);
                if (!decoded.startsWith(TOKEN_PREFIX)) {
                    throw new IllegalArgumentException(decoded);
                }
                offset = Integer.parseInt(decoded.substring(TOKEN_PREFIX.length()));
                if (offset < 0) {
                    throw new IllegalArgumentException(decoded);
                }
            } catch (IllegalArgumentException e) {
                check.reject("page_token", "is not a token this list gave out");
            }
        }
        check.throwIfInvalid();
        return new PageRequest(offset + skip, pageSize == 0 ? defaultSize : pageSize);
    }

    /** The page found for this request, of {@code total} in all. */
    public <T> Paged<T> answer(List<T> found, int total) {
        return new Paged<>(found, total, nextToken(found.size(), total));
    }

    /** This request's page of a list held whole (one computed in memory, not read a page at a time). */
    public <T> Paged<T> slice(List<T> all) {
        List<T> page = all.subList(Math.min(offset, all.size()), Math.min(offset + size, all.size()));
        return answer(List.copyOf(page), all.size());
    }

    /** The token for the page after this one, or "" when {@code total} says this was the last. */
    public String nextToken(int returned, int total) {
        int next = offset + returned;
        return returned == 0 || next >= total ? "" : token(next);
    }

    static String token(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((TOKEN_PREFIX + offset).getBytes(StandardCharsets.UTF_8));
    }

    /** An ILIKE pattern that finds the text anywhere, its own % and _ taken literally; "%" (everything) for none. */
    public static String containing(String text) {
        if (text == null || text.isBlank()) {
            return "%";
        }
        return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
