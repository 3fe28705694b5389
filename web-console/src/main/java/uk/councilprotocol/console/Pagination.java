package uk.councilprotocol.console;

import io.micronaut.http.uri.UriBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * GOV.UK Frontend's pagination for a list the service pages: "Showing 51 to 100 of 230", previous and next, and
 * the first, last and neighbouring page numbers with ellipses between. Each link keeps the list's filters, so a
 * page works without JavaScript and can be bookmarked.
 */
public record Pagination(int page, int pages, int from, int to, int total, String previous, String next, List<Item> items) {
    /** A page number (with its link, and whether it is this page), or an ellipsis when number is 0. */
    public record Item(int number, String href, boolean current) {
        /** GOV.UK's classes for the item (built here: Thymeleaf reads a double underscore as pre-processing). */
        public String classes() {
            return "govuk-pagination__item" + (number == 0 ? " govuk-pagination__item--ellipses"
                    : current ? " govuk-pagination__item--current" : "");
        }
    }

    /** The page to show, from the {@code page} query value: the first if absent or nonsense. */
    public static int requested(Integer page) {
        return page == null || page < 1 ? 1 : page;
    }

    /** A filter's value from the query string, as the service and the page links take it: "" when absent. */
    public static String filterValue(String value) {
        return value == null ? "" : value.strip();
    }

    public static int skip(int page, int size) {
        return (page - 1) * size;
    }

    public static Pagination of(int page, int size, int total, int shown, String path, Map<String, String> filters) {
        int pages = Math.max(1, (total + size - 1) / size);
        List<Item> items = new ArrayList<>();
        int last = 0;
        for (int n = 1; n <= pages; n++) {
            if (n == 1 || n == pages || Math.abs(n - page) <= 1) {
                if (last != 0 && n > last + 1) {
                    items.add(new Item(0, "", false));
                }
                items.add(new Item(n, link(path, filters, n), n == page));
                last = n;
            }
        }
        int from = shown == 0 ? 0 : skip(page, size) + 1;
        return new Pagination(page, pages, from, from == 0 ? 0 : from + shown - 1, total,
                page > 1 ? link(path, filters, page - 1) : "", page < pages ? link(path, filters, page + 1) : "", items);
    }

    private static String link(String path, Map<String, String> filters, int page) {
        UriBuilder uri = UriBuilder.of(path);
        filters.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                uri.queryParam(name, value);
            }
        });
        if (page > 1) {
            uri.queryParam("page", page);
        }
        return uri.toString();
    }
}
