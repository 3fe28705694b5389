package uk.councilprotocol.plans.people;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Reads who a plan says answers for an action: a person on the roster by name ("Carol Thomas", "Cllr Stephen
 * George"), or posts ("Director of Law and Governance", "All Directors"). Several posts run together in one
 * cell, as converted documents leave them ("Chief Executive Executive Director (Finance and Resources)"), are
 * told apart.
 */
@Singleton
public class Owners {
    private final RosterPersonRepository people;

    public Owners(RosterPersonRepository people) {
        this.people = people;
    }

    /** An owner as written and as understood: a person's roster id, or the posts named. */
    public record Owner(String text, @Nullable String personId, List<String> roles) {
        public static Owner none() {
            return new Owner("", null, List.of());
        }
    }

    /** One owner or name, read against the roster as it is now. */
    public Owner read(@Nullable String text) {
        return directory().read(text);
    }

    public Optional<RosterPerson> personNamed(@Nullable String name) {
        return directory().personNamed(name);
    }

    /**
     * The active roster indexed by name, loaded once: for reading a whole table's owners and leads. Inside a
     * transaction it waits for any roster change in flight, and holds the next until it ends (see
     * {@link RosterPersonRepository#findPostHoldersLock}).
     */
    public Directory directory() {
        people.findPostHoldersLock();
        Map<String, List<RosterPerson>> byName = new HashMap<>();
        people.findByActiveTrue().forEach(p -> byName.computeIfAbsent(comparable(p.fullName()), k -> new ArrayList<>()).add(p));
        return new Directory(byName);
    }

    public static final class Directory {
        private final Map<String, List<RosterPerson>> byName;

        private Directory(Map<String, List<RosterPerson>> byName) {
            this.byName = byName;
        }

        public Owner read(@Nullable String text) {
            if (text == null || text.isBlank()) {
                return Owner.none();
            }
            String written = text.strip();
            Optional<RosterPerson> person = personNamed(written);
            if (person.isPresent()) {
                return new Owner(written, person.get().personId(), List.of());
            }
            return new Owner(written, null, posts(written));
        }

        /**
         * Who answers for an owner: the person named, and every active person holding one of the posts named (or
         * named in them by name, late). In roster-id order, so the same roster always gives the same list.
         */
        public List<String> answerers(@Nullable String ownerPersonId, List<String> roles) {
            TreeSet<String> ids = new TreeSet<>();
            if (ownerPersonId != null) {
                ids.add(ownerPersonId);
            }
            if (!roles.isEmpty()) {
                byName.values().stream().flatMap(List::stream).filter(p -> answersFor(p, null, roles))
                        .map(RosterPerson::personId).forEach(ids::add);
            }
            return List.copyOf(ids);
        }

        /** The one active person of that name; nobody if the name is unknown or shared. */
        public Optional<RosterPerson> personNamed(@Nullable String name) {
            if (name == null || name.isBlank()) {
                return Optional.empty();
            }
            List<RosterPerson> found = byName.getOrDefault(comparable(name), List.of());
            return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
        }
    }

    /** Who answers for an owner, read against the roster as it is now (see {@link Directory#answerers}). */
    public List<String> answerers(@Nullable String ownerPersonId, List<String> roles) {
        return directory().answerers(ownerPersonId, roles);
    }

    /** Whether the person holds the owner's post, or is the owner. */
    public boolean answersFor(String personId, @Nullable String ownerPersonId, List<String> roles) {
        if (personId == null) {
            return false;
        }
        if (personId.equals(ownerPersonId)) {
            return true;
        }
        return !roles.isEmpty() && answersFor(people.findById(personId).orElse(null), ownerPersonId, roles);
    }

    /** The same, for a person already read (checking many actions for one person reads the roster once). */
    public static boolean answersFor(@Nullable RosterPerson person, @Nullable String ownerPersonId, List<String> roles) {
        if (person == null || !person.active()) {
            return false;
        }
        if (person.personId().equals(ownerPersonId)) {
            return true;
        }
        // A name not yet on the roster when the plan was imported is kept as written: it is matched here, late.
        return roles.stream().anyMatch(role -> Posts.holds(person.jobTitle(), role)
                || comparable(role).equals(comparable(person.fullName())));
    }

    /**
     * "Chief Executive Executive Director (Finance and Resources)" and "Director of Law and Governance and Director of
     * Finance" → both posts; the "and" inside "Law and Governance" is not followed by a post, so it stays.
     */
    static List<String> posts(String text) {
        String separated = text
                .replaceAll("\\s*(?:,|\\band\\b|&)\\s+(?=(Chief Executive|Executive Director|Assistant Director|Director|Deputy"
                        + "|Head of|Monitoring Officer|Section 151 Officer)\\b)", ";")
                .replaceAll("\\)\\s+(?=[A-Z])", ");")
                .replaceAll("(?<=Chief Executive)\\s+(?=(Executive Director|Director|Deputy|Head of)\\b)", ";")
                .replaceAll("\\s*(;|\\n| / )\\s*", ";");
        List<String> posts = new ArrayList<>();
        Arrays.stream(separated.split(";")).map(String::strip).filter(s -> !s.isEmpty()).forEach(posts::add);
        return posts;
    }

    private static String comparable(String name) {
        return name.toLowerCase(Locale.ROOT).replaceFirst("^(cllr|councillor|dr|mr|mrs|ms|miss)\\.?\\s+", "")
                .replaceAll("[^a-z]+", " ").strip();
    }
}
