package uk.councilprotocol.console.plans;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import uk.councilprotocol.console.backend.Backends;
import uk.councilprotocol.console.signin.Csrf;
import uk.councilprotocol.console.signin.Session;
import uk.councilprotocol.console.signin.Sessions;
import uk.councilprotocol.contracts.notifications.v1.FollowRequest;
import uk.councilprotocol.contracts.notifications.v1.ListMyFollowsRequest;

import java.net.URI;
import java.util.Map;

/**
 * The Follow button on a plan's and an action's page: notifications-service keeps who follows what and emails them
 * its changes. Back to the page it was pressed on (a plans page of this console, never another site).
 */
@Controller("/follows")
@ExecuteOn(TaskExecutors.BLOCKING)
public class FollowController {
    private final Backends backends;

    public FollowController(Backends backends) {
        this.backends = backends;
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> followOrStop(HttpRequest<?> request, @Body Map<String, String> form) {
        Session session = Sessions.of(request);
        Csrf.check(session, form);
        FollowRequest follow = FollowRequest.newBuilder().setKind(form.getOrDefault("kind", "")).setId(form.getOrDefault("id", "")).build();
        if ("yes".equals(form.get("follow"))) {
            backends.follows(session).follow(follow);
        } else {
            backends.follows(session).unfollow(follow);
        }
        String back = form.getOrDefault("back", "");
        return HttpResponse.seeOther(URI.create(back.matches("/plans/[A-Za-z0-9/-]+") ? back : "/plans"));
    }

    /** Whether the signed-in person follows the plan or action. */
    static boolean follows(Backends backends, Session session, String kind, String id) {
        return backends.follows(session).listMyFollows(ListMyFollowsRequest.getDefaultInstance()).getFollowingList().stream()
                .anyMatch(f -> f.getKind().equals(kind) && f.getId().equals(id));
    }
}
