package uk.councilprotocol.platform.errors;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Text PostgreSQL cannot store: a NUL character. A request carrying one is bad input, refused before it reaches the
 * database (which would otherwise fail the transaction, and the caller would see a server error), with the field named.
 */
public final class UnstorableText {
    private UnstorableText() {
    }

    public static boolean contains(String text) {
        return text != null && text.indexOf('\u0000') >= 0;
    }

    /** The first field of the message (nested and repeated fields too) whose text holds a NUL, as the API names it. */
    public static Optional<String> fieldIn(Message message) {
        for (Map.Entry<FieldDescriptor, Object> entry : message.getAllFields().entrySet()) {
            FieldDescriptor field = entry.getKey();
            List<?> values = field.isRepeated() ? (List<?>) entry.getValue() : List.of(entry.getValue());
            for (int i = 0; i < values.size(); i++) {
                String name = field.getName() + (field.isRepeated() ? "[" + i + "]" : "");
                Object value = values.get(i);
                if (value instanceof String text && contains(text)) {
                    return Optional.of(name);
                }
                if (value instanceof Message nested) {
                    Optional<String> inner = fieldIn(nested);
                    if (inner.isPresent()) {
                        return Optional.of(name + "." + inner.get());
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the database refused a value the caller sent (SQL state class 22, "data exception": a NUL in text
     * inside a JSON body, a number out of range): bad input, never a server error. Nothing was written, since the
     * transaction failed with it.
     */
    public static boolean refusedByTheDatabase(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                return true;
            }
        }
        return false;
    }

    /** What the caller is told when the database refused a value it sent; which field, the database does not say. */
    public static InvalidInputException refusedValue() {
        return InvalidInputException.of("body", "holds a value that cannot be stored (a NUL character in text, or a number "
                + "out of range); nothing was changed");
    }

    public static InvalidInputException refused(String field) {
        return InvalidInputException.of(field, "contains a NUL character, which cannot be stored");
    }
}
