package uk.councilprotocol.notifications.contacts;

import jakarta.inject.Singleton;
import uk.councilprotocol.contracts.training.v1.Person;

import java.time.Clock;
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
                blankToNull(person.getDepartment()), blankToNull(person.getLineManagerId()), person.getActive(),
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

    /** The person's line manager, if known and still active. */
    public Optional<Contact> lineManagerOf(Contact contact) {
        return find(contact.lineManagerId()).filter(Contact::active);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
