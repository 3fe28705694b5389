package uk.councilprotocol.platform.tenancy;

import io.micronaut.data.repository.CrudRepository;

/**
 * A council's own row of settings, keyed by the council: stored or replaced, or removed once the council keeps
 * nothing of its own (every field back to the deployment's), so "as the deployment" is one state, not two.
 */
public final class OwnSettings {
    private OwnSettings() {
    }

    /** @return whether anything changed (false: nothing of its own, and nothing was stored) */
    public static <T> boolean keep(CrudRepository<T, String> rows, String council, T row, boolean nothingOfItsOwn) {
        boolean existed = rows.existsById(council);
        if (nothingOfItsOwn) {
            if (existed) {
                rows.deleteById(council);
            }
            return existed;
        }
        if (existed) {
            rows.update(row);
        } else {
            rows.save(row);
        }
        return true;
    }
}
