package uk.councilprotocol.enquiries.routing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import uk.councilprotocol.platform.errors.InvalidInputException;
import uk.councilprotocol.platform.errors.RequestChecks;
import uk.councilprotocol.platform.errors.Validation;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The Hub's routing rules: a rule for the category and ward wins over one for the category alone. */
@Singleton
public class EnquiryRouter {
    private final RoutingRuleRepository rules;
    private final Clock clock;
    private final RequestChecks requestChecks;

    public EnquiryRouter(RoutingRuleRepository rules, Clock clock, RequestChecks requestChecks) {
        this.rules = rules;
        this.clock = clock;
        this.requestChecks = requestChecks;
    }

    @Serdeable
    public record Route(String department, @Nullable String officerId) {
    }

    public Optional<Route> route(String category, @Nullable String ward) {
        List<RoutingRule> all = rules.listOrderByCategory();
        return all.stream()
                .filter(r -> r.category().equalsIgnoreCase(category) && r.ward() != null && r.ward().equalsIgnoreCase(ward))
                .findFirst()
                .or(() -> all.stream().filter(r -> r.category().equalsIgnoreCase(category) && r.ward() == null).findFirst())
                .map(r -> new Route(r.department(), r.defaultOfficerId()));
    }

    public List<RoutingRule> all() {
        return rules.listOrderByCategory();
    }

    @Transactional
    public RoutingRule add(RuleRequest request) {
        requestChecks.start(request).throwIfInvalid();
        String category = request.category().strip();
        String department = request.department().strip();
        String ward = Validation.optional(request.ward());
        boolean clash = all().stream().anyMatch(r -> r.category().equalsIgnoreCase(category)
                && (r.ward() == null ? ward == null : r.ward().equalsIgnoreCase(ward)));
        if (clash) {
            throw InvalidInputException.of("category", "a rule for '" + category + "'" + (ward == null ? "" : " in " + ward)
                    + " already exists");
        }
        return rules.save(new RoutingRule(UUID.randomUUID(), category, ward, department,
                Validation.optional(request.defaultOfficerId()), clock.instant()));
    }
}
