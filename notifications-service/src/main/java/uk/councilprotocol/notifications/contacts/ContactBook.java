package uk.councilprotocol.notifications.contacts;

import jakarta.inject.Singleton;
import uk.councilprotocol.contracts.training.v1.Person;

import uk.councilprotocol.platform.errors.Validation;

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
                Validation.optional(person.getDepartment()), Validation.optional(person.getLineManagerId()), person.getActive(),
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

}
