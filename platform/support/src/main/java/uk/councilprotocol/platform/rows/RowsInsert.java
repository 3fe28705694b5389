package uk.councilprotocol.platform.rows;

import io.micronaut.data.exceptions.DataAccessException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Inserts many rows as one statement: each column's values go as one array and PostgreSQL unnests them side by side,
 * in list order ({@code WITH ORDINALITY}), so an identity column follows the list. A JDBC batch of single-row inserts
 * (what a repository's {@code saveAll} sends) cost 80–200 µs a row here; this is one round trip and one plan for the
 * lot. ({@code COPY}, faster still, is refused on tables with row-level security, which every council's table has.)
 * Describe the table once, as a constant, and insert on the transaction's connection:
 * <pre>{@code
 * RowsInsert.into("assignment", Assignment.class).column("id", "uuid", Assignment::id) ...
 * }</pre>
 * Values travel in the driver's binary form where it has one: an instant ({@code timestamptz}) as microseconds since
 * the epoch, a date as days since it, a boolean or an integer as itself, text as text, {@code bytea} as bytes; any
 * other type (a UUID, an enum's name) as its {@code toString()}, cast by PostgreSQL. Writing every instant and date
 * out as text and parsing it again had been a fifth of notifications-service's processor time while it planned
 * reminders, and most of what it allocated. A {@code text[]} column's arrays are joined with the unit separator and
 * split again, since PostgreSQL's arrays of arrays must be rectangular. A single row goes as a plain {@code VALUES}
 * insert, its values sent and converted alike: unnesting arrays of one cost PostgreSQL a fifth more a row (a gRPC
 * completion's insert 67 → 88 µs in the bench's statements).
 */
public final class RowsInsert<T> {
    private static final String UNIT_SEPARATOR = "\u001f";

    private record Column<T>(String name, String type, Function<T, ?> value) {
        /** The array parameter's element type: what the column's values are sent as. */
        String sentAs() {
            return switch (type) {
                case "timestamptz" -> "int8";
                case "date", "integer" -> "int4";
                case "boolean" -> "bool";
                case "bytea" -> "bytea";
                default -> "text";
            };
        }

        /** The column's value from its unnested element {@code element}. */
        String selected(String element) {
            return switch (type) {
                // exact: a bigint below 2^53 is exact as the float8 the interval is multiplied by (up to the year 2255)
                case "timestamptz" -> "timestamptz 'epoch' + " + element + " * interval '1 microsecond'";
                case "date" -> "date '1970-01-01' + " + element;
                case "text[]" -> "string_to_array(" + element + ", chr(31))";
                case "text", "integer", "boolean", "bytea" -> element;
                default -> element + "::" + type;
            };
        }

        /** The rows' values in the form {@link #sentAs()} names. */
        Object[] values(List<T> rows) {
            return switch (type) {
                case "timestamptz" -> rows.stream().map(row -> microseconds(valueOf(row, Instant.class))).toArray(Long[]::new);
                case "date" -> rows.stream().map(row -> epochDay(valueOf(row, LocalDate.class))).toArray(Integer[]::new);
                case "integer" -> rows.stream().map(row -> valueOf(row, Integer.class)).toArray(Integer[]::new);
                case "boolean" -> rows.stream().map(row -> valueOf(row, Boolean.class)).toArray(Boolean[]::new);
                case "bytea" -> rows.stream().map(row -> valueOf(row, byte[].class)).toArray(byte[][]::new);
                default -> rows.stream().map(value).map(RowsInsert::text).toArray(String[]::new);
            };
        }

        /** The row's value, refused naming the column unless it is of the kind the column is sent from. */
        private <V> V valueOf(T row, Class<V> kind) {
            Object v = value.apply(row);
            if (v != null && !kind.isInstance(v)) {
                String name = kind.getSimpleName();
                throw new IllegalArgumentException(this.name + ": a " + type + " is " + ("AEIOU".indexOf(name.charAt(0)) >= 0 ? "an " : "a ")
                        + name + ", not a " + v.getClass().getName());
            }
            return kind.cast(v);
        }
    }

    private final String table;
    private final List<Column<T>> columns;
    private final String sql;   // built once: a consumer inserts with it on every poll
    private final String oneRowSql;

    private RowsInsert(String table, List<Column<T>> columns) {
        this.table = table;
        this.columns = columns;
        this.sql = sqlOf(table, columns);
        this.oneRowSql = oneRowSqlOf(table, columns);
    }

    /** The table's insert, with no columns yet; {@code rowType} only names the rows' type where a call is read. */
    public static <T> RowsInsert<T> into(String table, Class<T> rowType) {
        return new RowsInsert<>(table, List.of());
    }

    /** A column, its PostgreSQL type ({@code uuid}, {@code text}, {@code date}, {@code timestamptz}, {@code bytea}, {@code text[]}...). */
    public RowsInsert<T> column(String name, String type, Function<T, ?> value) {
        List<Column<T>> more = new ArrayList<>(columns);
        more.add(new Column<>(name, type, value));
        return new RowsInsert<>(table, List.copyOf(more));
    }

    String sql() {
        return sql;
    }

    String oneRowSql() {
        return oneRowSql;
    }

    /** The insert for these rows: one row's values, or every row's arrays. */
    private String sqlFor(List<T> rows) {
        return rows.size() == 1 ? oneRowSql : sql;
    }

    private static <T> String sqlOf(String table, List<Column<T>> columns) {
        String names = columns.stream().map(Column::name).collect(Collectors.joining(", "));
        String selected = IntStream.range(0, columns.size()).mapToObj(i -> columns.get(i).selected("r.c" + i))
                .collect(Collectors.joining(", "));
        String arrays = columns.stream().map(c -> "?::" + c.sentAs() + "[]").collect(Collectors.joining(", "));
        String aliases = IntStream.range(0, columns.size()).mapToObj(i -> "c" + i).collect(Collectors.joining(", "));
        return "INSERT INTO " + table + " (" + names + ") SELECT " + selected + " FROM unnest(" + arrays
                + ") WITH ORDINALITY AS r(" + aliases + ", n) ORDER BY r.n";
    }

    private static <T> String oneRowSqlOf(String table, List<Column<T>> columns) {
        String names = columns.stream().map(Column::name).collect(Collectors.joining(", "));
        String values = columns.stream().map(c -> c.selected("?::" + c.sentAs())).collect(Collectors.joining(", "));
        return "INSERT INTO " + table + " (" + names + ") VALUES (" + values + ")";
    }

    /** Inserts the rows on this connection (the caller's transaction's, which names the council); none is nothing. */
    public void insert(Connection connection, List<T> rows) {
        if (!rows.isEmpty()) {
            execute(connection, rows, sqlFor(rows), statement -> statement.executeUpdate());
        }
    }

    /**
     * Inserts the rows a unique key does not already hold ({@code ON CONFLICT DO NOTHING}) and answers the
     * {@code returning} column of those it inserted: an inbox recording a poll's events learns which are new.
     */
    public List<String> insertNew(Connection connection, List<T> rows, String returning) {
        if (rows.isEmpty()) {
            return List.of();
        }
        return execute(connection, rows, sqlFor(rows) + " ON CONFLICT DO NOTHING RETURNING " + returning, statement -> {
            List<String> inserted = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    inserted.add(result.getString(1));
                }
            }
            return inserted;
        });
    }

    /**
     * Inserts the rows, or, for a row whose {@code key} (a unique index's columns) a row already holds, gives that row
     * this one's values in every other column. A key may come once in the rows: PostgreSQL refuses to change one row
     * twice in a statement.
     */
    public void upsert(Connection connection, List<T> rows, String... key) {
        if (!rows.isEmpty()) {
            execute(connection, rows, upserting(sqlFor(rows), key), statement -> statement.executeUpdate());
        }
    }

    String upsertSql(String... key) {
        return upserting(sql(), key);
    }

    private String upserting(String insert, String... key) {
        List<String> keyColumns = List.of(key);
        String updated = columns.stream().map(Column::name).filter(name -> !keyColumns.contains(name))
                .map(name -> name + " = EXCLUDED." + name).collect(Collectors.joining(", "));
        return insert + " ON CONFLICT (" + String.join(", ", keyColumns) + ") DO UPDATE SET " + updated;
    }

    private interface Execution<R> {
        R run(PreparedStatement statement) throws SQLException;
    }

    private <R> R execute(Connection connection, List<T> rows, String sql, Execution<R> execution) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < columns.size(); i++) {
                Column<T> column = columns.get(i);
                Object[] values = column.values(rows);
                if (rows.size() == 1) {
                    statement.setObject(i + 1, values[0]);
                } else if (values instanceof byte[][] bytes) {
                    statement.setObject(i + 1, bytes);
                } else {
                    statement.setArray(i + 1, connection.createArrayOf(column.sentAs(), values));
                }
            }
            return execution.run(statement);
        } catch (SQLException e) {
            // as Micronaut Data's own statements fail, so the API answers alike (bad input, a change made at once)
            throw new DataAccessException("could not insert " + rows.size() + " rows into " + table, e);
        }
    }

    /** Rounded to the microsecond as the driver rounds an instant it binds, so both ways store the same value. */
    private static Long microseconds(Instant instant) {
        return instant == null ? null
                : Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), (instant.getNano() + 500) / 1_000);
    }

    private static Integer epochDay(LocalDate date) {
        return date == null ? null : Math.toIntExact(date.toEpochDay());
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof String[] strings) {
            return String.join(UNIT_SEPARATOR, strings);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining(UNIT_SEPARATOR));
        }
        return value.toString();
    }
}
