package uk.councilprotocol.training.roster;

import java.util.Locale;
import java.util.Optional;

/** Officers are staff; councillors are elected; co-opted members sit on a committee without being elected. */
public enum PersonKind {
    OFFICER,
    COUNCILLOR,
    CO_OPTED_MEMBER;

    /** Accepts the words HR writes: "officer", "Councillor", "co-opted", "co-opted member". */
    public static Optional<PersonKind> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String normalised = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        if (normalised.equals("CO_OPTED") || normalised.equals("COOPTED")) {
            return Optional.of(CO_OPTED_MEMBER);
        }
        for (PersonKind kind : values()) {
            if (kind.name().equals(normalised)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** As HR writes it: "officer", "councillor", "co-opted member" (what {@link #parse} reads back). */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ').replace("co opted", "co-opted");
    }

    public uk.councilprotocol.contracts.training.v1.PersonKind toProto() {
        return uk.councilprotocol.contracts.training.v1.PersonKind.valueOf(name());
    }
}
