package uk.councilprotocol.enquiries.watch;

import uk.councilprotocol.platform.errors.InvalidInputException;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Where a watch has read to: each partition of the event stream and the offset it reads next, written
 * {@code 0-41.1-17.2-90}. Opaque to clients, who pass back the last one they were given.
 */
record Cursor(Map<Integer, Long> offsets) {
    static final Cursor EMPTY = new Cursor(Map.of());
    private static final Pattern FORM = Pattern.compile("\\d{1,4}-\\d{1,18}(\\.\\d{1,4}-\\d{1,18})*");

    Cursor {
        offsets = Map.copyOf(offsets);
    }

    /** Empty for none (from now); a cursor this service did not write names the field. */
    static Optional<Cursor> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        if (!FORM.matcher(text.strip()).matches()) {
            throw InvalidInputException.of("cursor", "is not a cursor this service gave; leave it empty to watch from now");
        }
        Map<Integer, Long> offsets = new TreeMap<>();
        for (String part : text.strip().split("\\.")) {
            String[] pair = part.split("-");
            offsets.put(Integer.parseInt(pair[0]), Long.parseLong(pair[1]));
        }
        return Optional.of(new Cursor(offsets));
    }

    Cursor at(int partition, long nextOffset) {
        Map<Integer, Long> next = new TreeMap<>(offsets);
        next.put(partition, nextOffset);
        return new Cursor(next);
    }

    /** The cursor once the record at this offset has been read. */
    Cursor after(int partition, long offset) {
        return at(partition, offset + 1);
    }

    @Override
    public String toString() {
        return new TreeMap<>(offsets).entrySet().stream().map(e -> e.getKey() + "-" + e.getValue()).collect(Collectors.joining("."));
    }
}
