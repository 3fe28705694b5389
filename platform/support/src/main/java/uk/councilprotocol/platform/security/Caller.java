package uk.councilprotocol.platform.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import uk.councilprotocol.platform.tenancy.CouncilClaim;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is calling, from a validated token: the subject, their roles, the departments they act for, for a person
 * their roster id (claim {@code person_id}, else the subject), and the council the token names (claim
 * {@code council}; null when it names none, as a single-council deployment's tokens do).
 */
public record Caller(String subject, Set<String> roles, Set<String> departments, String personId, @Nullable String council) {

    /** Work the service does on its own account (a scheduled job), for the council whose scope is open. */
    public static Caller system(String subject, Set<String> roles) {
        return new Caller(subject, roles, Set.of(), subject, null);
    }

    public static Caller of(Authentication authentication) {
        Set<String> roles = Set.copyOf(authentication.getRoles());
        Set<String> departments = roles.stream().filter(r -> r.startsWith(Roles.DEPARTMENT_PREFIX))
                .map(r -> r.substring(Roles.DEPARTMENT_PREFIX.length())).collect(Collectors.toUnmodifiableSet());
        Object personId = authentication.getAttributes().get("person_id");
        Object council = authentication.getAttributes().get(CouncilClaim.NAME);
        return new Caller(authentication.getName(), roles, departments,
                personId == null ? authentication.getName() : personId.toString(), council == null ? null : council.toString());
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean hasAny(String... anyOf) {
        return Arrays.stream(anyOf).anyMatch(roles::contains);
    }

    /** Whether the caller acts for the department of that name (its code is the name in lower-case-with-hyphens). */
    public boolean actsFor(String departmentName) {
        return departmentName != null && departments.contains(departmentCode(departmentName));
    }

    public boolean is(String rosterId) {
        return rosterId != null && rosterId.equals(personId);
    }

    /** Fails with PERMISSION_DENIED / 403 unless the caller holds one of the roles. */
    public Caller require(String... anyOf) {
        if (!hasAny(anyOf)) {
            throw new ForbiddenException("requires one of the roles " + Arrays.toString(anyOf));
        }
        return this;
    }

    /** "Children and Learning" becomes "children-and-learning". */
    public static String departmentCode(String departmentName) {
        return departmentName.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    public String describeRoles() {
        return roles.stream().sorted().collect(Collectors.joining(","));
    }
}
