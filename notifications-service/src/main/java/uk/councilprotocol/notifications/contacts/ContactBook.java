package uk.councilprotocol.notifications.contacts;

import jakarta.inject.Singleton;
import uk.councilprotocol.contracts.training.v1.Person;

import uk.councilprotocol.platform.errors.Validation;
import uk.councilprotocol.platform.roster.Posts;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

@Singleton
public class ContactBook {
    private final ContactRepository contacts;
    private final Clock clock;

    public ContactBook(ContactRepository contacts, Clock clock) {
        this.contacts = contacts;
        this.clock = clock;
    }

    public void remember(Person person) {
        Contact contact = new Contact(person.getId(), person.getFullName(), person.getEmail(), person.getKind().name(),
                Validation.optional(person.getDepartment()), Validation.optional(person.getLineManagerId()),
                Validation.optional(person.getJobTitle()), person.getActive(),
                clock.instant());
        if (contacts.existsById(contact.personId())) {
            contacts.update(contact);
        } else {
            contacts.save(contact);
        }
    }

    public Optional<Contact> find(String personId) {
        return personId == null ? Optional.empty() : contacts.findById(personId);
    }

    /** Everyone active who holds the post a plan names ("Director of Law and Governance", "All Directors"). */
    public List<Contact> holdersOf(String post) {
        return contacts.findByActiveTrueAndJobTitleIsNotNull().stream().filter(c -> Posts.holds(c.jobTitle(), post)).toList();
    }

    /** The person's line manager, if known and still active. */
    public Optional<Contact> lineManagerOf(Contact contact) {
        return find(contact.lineManagerId()).filter(Contact::active);
    }

}
