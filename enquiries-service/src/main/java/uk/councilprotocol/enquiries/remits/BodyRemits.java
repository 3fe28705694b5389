package uk.councilprotocol.enquiries.remits;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.councilprotocol.contracts.enquiries.v1.BodyRemitChanged;
import uk.councilprotocol.enquiries.councillors.Councillor;
import uk.councilprotocol.enquiries.routing.EnquiryRouter;
import uk.councilprotocol.platform.errors.Validation;
import uk.councilprotocol.platform.outbox.Outbox;
import uk.councilprotocol.platform.security.Caller;
import uk.councilprotocol.platform.security.Roles;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Protocol 9.1.13: a co-opted member's access to information is limited to the remit of the body they are appointed
 * to. The Monitoring Officer (or the admin) records each body's remit as the enquiry categories within it; an enquiry
 * from a co-opted member is then logged only in those categories. A body with no remit recorded limits nothing: the
 * platform cannot guess a committee's terms of reference.
 */
@Singleton
public class BodyRemits {
    public static final String AGGREGATE = "body-remit";

    private final BodyRemitRepository remits;
    private final EnquiryRouter router;
    private final Outbox outbox;
    private final Clock clock;

    public BodyRemits(BodyRemitRepository remits, EnquiryRouter router, Outbox outbox, Clock clock) {
        this.remits = remits;
        this.router = router;
        this.outbox = outbox;
        this.clock = clock;
    }

    public List<BodyRemit> all(Caller caller) {
        caller.require(Roles.HUB, Roles.STANDARDS, Roles.ADMIN);
        return remits.listOrderByBody();
    }

    /** What a remit is chosen from: the routing rules' categories. */
    public Set<String> categories() {
        return router.categories();
    }

    /** Records a body's remit; no categories removes it (the body then limits nothing). */
    @Transactional
    public Optional<BodyRemit> set(@Nullable String body, @Nullable List<String> categories, Caller caller) {
        caller.require(Roles.STANDARDS, Roles.ADMIN);
        Validation check = Validation.start();
        String role = check.required("body", body);
        if (role != null && role.length() > 100) {
            check.reject("body", "is longer than 100 characters");
        }
        Set<String> known = router.categories();
        TreeSet<String> chosen = new TreeSet<>();
        for (String category : categories == null ? List.<String>of() : categories) {
            String text = Validation.optional(category);
            if (text == null) {
                continue;
            }
            if (!known.contains(text)) {
                // one violation, its text short, however much was sent
                check.reject("categories", text.length() > 100 ? "holds a name longer than any category"
                        : "'" + text + "' is not a category of the routing rules");
                break;
            }
            chosen.add(text);
        }
        check.throwIfInvalid();
        String key = role.toLowerCase(Locale.ROOT).replace(' ', '-');
        BodyRemitChanged.Builder event = BodyRemitChanged.newBuilder().setBody(key).addAllCategories(chosen)
                .setChangedBy(caller.subject());
        if (chosen.isEmpty()) {
            remits.deleteById(key);
            outbox.append(AGGREGATE, key, event.build());
            return Optional.empty();
        }
        BodyRemit remit = new BodyRemit(key, chosen.toArray(String[]::new), clock.instant(), caller.subject());
        BodyRemit saved = remits.existsById(key) ? remits.update(remit) : remits.save(remit);
        outbox.append(AGGREGATE, key, event.build());
        return Optional.of(saved);
    }

    /**
     * Why this councillor may not raise an enquiry in {@code category}, if they may not: a co-opted member whose
     * bodies have remits recorded, none of which holds it.
     */
    public Optional<String> outsideRemit(Councillor councillor, String category) {
        if (!councillor.coOpted() || category == null) {
            return Optional.empty();
        }
        List<BodyRemit> theirs = remits.findByBodyIn(Arrays.asList(councillor.roles()));
        if (theirs.isEmpty() || theirs.stream().anyMatch(r -> Arrays.asList(r.categories()).contains(category))) {
            return Optional.empty();
        }
        return Optional.of("'" + category + "' is outside the remit of the bodies " + councillor.fullName()
                + " is co-opted to (" + String.join(", ", theirs.stream().map(BodyRemit::body).toList())
                + ": " + String.join(", ", theirs.stream().flatMap(r -> Arrays.stream(r.categories())).distinct().sorted().toList())
                + "), protocol 9.1.13");
    }
}
