package uk.councilprotocol.platform.paging;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;

import java.util.List;

/**
 * One page of a list, how many the whole list holds, and the token for the next page ("" on the last). Every
 * paged list the platform serves answers with one, whatever it holds.
 */
public record Paged<T>(List<T> items, int total, String nextPageToken) {

    /**
     * The page as an HTTP answer: the items as the body, how many match in {@code X-Total-Count}, and the next page's
     * token in {@code X-Next-Page-Token} (none on the last).
     */
    public HttpResponse<List<T>> toHttp() {
        MutableHttpResponse<List<T>> reply = HttpResponse.ok(items).header("X-Total-Count", String.valueOf(total));
        return nextPageToken.isEmpty() ? reply : reply.header("X-Next-Page-Token", nextPageToken);
    }
}
