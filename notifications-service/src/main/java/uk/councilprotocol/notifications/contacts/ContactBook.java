package uk.councilprotocol.notifications.contacts;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import uk.councilprotocol.contracts.training.v1.Person;

import uk.councilprotocol.platform.errors.Validation;
import uk.councilprotocol.platform.events.Runs;
import uk.councilprotocol.platform.rows.RowsInsert;
import uk.councilprotocol.platform.tenancy.CouncilStatistics;
import uk.councilprotocol.platform.tenancy.Councils;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

@Singleton
public class ContactBook {
    static final String GROUP_LEADER = "group-leader";

    private final ContactRepository contacts;
    private final Clock clock;
    private final ApplicationEventPublisher<ContactsRemembered> remembered;
    private final UndeliverableAddressRepository undeliverable;
    private final JdbcOperations jdbc;
    private final CouncilStatistics statistics;
    private final Councils councils;

    public ContactBook(ContactRepository contacts, Clock clock, ApplicationEventPublisher<ContactsRemembered> remembered,
                       UndeliverableAddressRepository undeliverable, JdbcOperations jdbc, CouncilStatistics statistics,
                       Councils councils) {
        this.councils = councils;
        this.statistics = statistics;
        this.undeliverable = undeliverable;
        this.jdbc = jdbc;
        this.contacts = contacts;
        this.clock = clock;
        this.remembered = remembered;
    }

    /** People's details written here, for this council: once committed, what waited for them may go. */
    public record ContactsRemembered(String council, List<String> personIds) {
    }

    /** One statement for a run of roster events (an import sends thousands in a row; see {@link RowsInsert}). */
    private static final RowsInsert<Contact> ROWS = RowsInsert.into("contact", Contact.class)
            .column("person_id", "text", Contact::personId)
            .column("full_name", "text", Contact::fullName)
            .column("email", "text", Contact::email)
            .column("kind", "text", Contact::kind)
            .column("department", "text", Contact::department)
            .column("line_manager_id", "text", Contact::lineManagerId)
            .column("job_title", "text", Contact::jobTitle)
            .column("political_group", "text", Contact::politicalGroup)
            .column("roles", "text[]", Contact::roles)
            .column("active", "boolean", Contact::active)
            .column("updated_at", "timestamptz", Contact::updatedAt);

    /** The people's details as the roster now gives them, written or rewritten; a run naming no one changes nothing. */
    public void rememberAll(List<Person> run) {
        if (run.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        List<Contact> contacts = Runs.lastOfEach(run, Person::getId).stream().map(person -> new Contact(person.getId(),
                person.getFullName(), person.getEmail(), person.getKind().name(), Validation.optional(person.getDepartment()),
                Validation.optional(person.getLineManagerId()), Validation.optional(person.getJobTitle()),
                Validation.optional(person.getPoliticalGroup()), person.getRolesList().toArray(String[]::new),
                person.getActive(), now)).toList();
        ROWS.upsert(jdbc.getConnection(), contacts, "council", "person_id");
        statistics.keepCurrent(jdbc.getConnection(), "contact", contacts.size());
        remembered.publishEvent(new ContactsRemembered(councils.current(), contacts.stream().map(Contact::personId).toList()));
    }

    /** The mail server refused this address for good: kept, with whose it is, for HR and the Hub to put right. */
    public void refused(String email, String reply, Instant at) {
        String personId = contacts.findByEmail(email).stream().map(Contact::personId).findFirst().orElse(null);
        UndeliverableAddress refused = new UndeliverableAddress(email, personId, reply, at);
        if (undeliverable.existsById(email)) {
            undeliverable.update(refused);
        } else {
            undeliverable.save(refused);
        }
    }

    /** A refused address, and the person whose address it still is. */
    @Serdeable
    public record Undeliverable(String email, @Nullable String personId, @Nullable String fullName, String reply, Instant refusedAt) {
    }

    /**
     * The refused addresses people still have: once the roster gives someone another address, their old one is
     * no longer listed (the refusal stays on record in the sent-mail log).
     */
    public List<Undeliverable> undeliverable() {
        List<Undeliverable> still = new ArrayList<>();
        for (UndeliverableAddress refused : undeliverable.findAllOrderByRefusedAtDesc()) {
            Optional<Contact> owner = find(refused.personId());
            if (owner.isEmpty() || owner.get().email().equalsIgnoreCase(refused.email())) {
                still.add(new Undeliverable(refused.email(), refused.personId(), owner.map(Contact::fullName).orElse(null),
                        refused.reply(), refused.refusedAt()));
            }
        }
        return still;
    }

    /** HR's people: those the roster gives the role {@code hr}, told of what HR decides when no one else does. */
    public List<Contact> hr() {
        return contacts.findActiveWithRole("hr");
    }

    public Optional<Contact> find(String personId) {
        return personId == null ? Optional.empty() : contacts.findById(personId);
    }

    /** Who is copied when someone's training is overdue, and as what. */
    public record Escalation(Contact contact, String as) {
    }

    /** An officer's line manager; for a councillor, who has none, the leader of their political group. */
    public Optional<Escalation> escalationFor(Contact person) {
        Optional<Contact> manager = lineManagerOf(person);
        if (manager.isPresent()) {
            return manager.map(m -> new Escalation(m, "line manager"));
        }
        if (person.politicalGroup() == null) {
            return Optional.empty();
        }
        return contacts.findByActiveTrueAndPoliticalGroup(person.politicalGroup()).stream()
                .filter(c -> !c.personId().equals(person.personId()) && Arrays.asList(c.roles()).contains(GROUP_LEADER))
                .findFirst().map(leader -> new Escalation(leader, "group leader"));
    }

    /** The person's line manager, if known and still active. */
    public Optional<Contact> lineManagerOf(Contact contact) {
        return find(contact.lineManagerId()).filter(Contact::active);
    }

}
