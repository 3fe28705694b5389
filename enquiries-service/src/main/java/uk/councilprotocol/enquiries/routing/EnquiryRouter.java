package uk.councilprotocol.enquiries.routing;

import uk.councilprotocol.contracts.enquiries.v1.RoutingRuleChanged;
import uk.councilprotocol.platform.grpc.Protos;
import uk.councilprotocol.platform.outbox.Outbox;
import uk.councilprotocol.platform.security.Caller;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import uk.councilprotocol.platform.errors.InvalidInputException;
import uk.councilprotocol.platform.errors.NotFoundException;
import uk.councilprotocol.platform.errors.RequestChecks;
import uk.councilprotocol.platform.errors.Validation;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The Hub's routing rules: a rule for the category and ward wins over one for the category alone. The Hub adds, changes and removes them. */
@Singleton
public class EnquiryRouter {
    public static final String AGGREGATE = "routing-rule";
    private final RoutingRuleRepository rules;
    private final Clock clock;
    private final RequestChecks requestChecks;
    private final Outbox outbox;

    public EnquiryRouter(RoutingRuleRepository rules, Clock clock, RequestChecks requestChecks, Outbox outbox) {
        this.outbox = outbox;
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

    /** The categories the rules route, as written. */
    public java.util.Set<String> categories() {
        return all().stream().map(RoutingRule::category).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    public List<RoutingRule> all() {
        return rules.listOrderByCategory();
    }

    @Transactional
    public RoutingRule add(RuleRequest request, Caller caller) {
        return announced("ADDED", rules.save(checked(request, null)), caller);
    }

    /** The Hub rewrites a rule (its category, ward, department or officer); enquiries already routed stay where they are. */
    @Transactional
    public RoutingRule change(UUID id, RuleRequest request, Caller caller) {
        RoutingRule before = require(id);
        RoutingRule after = checked(request, id);
        return announced("CHANGED", rules.update(new RoutingRule(id, after.category(), after.ward(), after.department(),
                after.defaultOfficerId(), before.createdAt())), caller);
    }

    /** Enquiries of the category (and ward) are routed by the rest of the rules from now on, or need a department named. */
    @Transactional
    public RoutingRule remove(UUID id, Caller caller) {
        RoutingRule rule = require(id);
        rules.delete(rule);
        return announced("REMOVED", rule, caller);
    }

    /** The change, in the same transaction: departments' systems and the audit trail learn how enquiries are routed now. */
    private RoutingRule announced(String change, RoutingRule rule, Caller caller) {
        outbox.append(AGGREGATE, rule.id().toString(), RoutingRuleChanged.newBuilder().setChange(change)
                .setRuleId(rule.id().toString()).setCategory(rule.category()).setWard(Protos.orEmpty(rule.ward()))
                .setDepartment(rule.department()).setDefaultOfficerId(Protos.orEmpty(rule.defaultOfficerId()))
                .setChangedBy(caller.subject()).build());
        return rule;
    }

    private RoutingRule require(UUID id) {
        return rules.findById(id).orElseThrow(() -> new NotFoundException("Routing rule", id.toString()));
    }

    /** The rule as asked, checked: its fields, and no other rule (than {@code self}) for the same category and ward. */
    private RoutingRule checked(RuleRequest request, @Nullable UUID self) {
        requestChecks.start(request).throwIfInvalid();
        String category = request.category().strip();
        String department = request.department().strip();
        String ward = Validation.optional(request.ward());
        boolean clash = all().stream().anyMatch(r -> !r.id().equals(self) && r.category().equalsIgnoreCase(category)
                && (r.ward() == null ? ward == null : r.ward().equalsIgnoreCase(ward)));
        if (clash) {
            throw InvalidInputException.of("category", "a rule for '" + category + "'" + (ward == null ? "" : " in " + ward)
                    + " already exists");
        }
        return new RoutingRule(self == null ? UUID.randomUUID() : self, category, ward, department,
                Validation.optional(request.defaultOfficerId()), clock.instant());
    }
}
