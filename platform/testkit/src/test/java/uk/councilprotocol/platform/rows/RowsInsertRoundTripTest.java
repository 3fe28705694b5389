package uk.councilprotocol.platform.rows;

import io.micronaut.data.exceptions.DataAccessException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.councilprotocol.testkit.PostgresServer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** RowsInsert against the real server: each column type arrives as the value it was, in list order, nulls kept. */
class RowsInsertRoundTripTest {

    private enum Kind { OFFICER, COUNCILLOR }

    private record Row(UUID id, Instant at, LocalDate day, Boolean flag, Integer count, String note, List<String> roles,
                       byte[] bytes, Kind kind) {
    }

    private static final RowsInsert<Row> ROWS = RowsInsert.into("thing", Row.class)
            .column("id", "uuid", Row::id)
            .column("at", "timestamptz", Row::at)
            .column("day", "date", Row::day)
            .column("flag", "boolean", Row::flag)
            .column("count", "integer", Row::count)
            .column("note", "text", Row::note)
            .column("roles", "text[]", Row::roles)
            .column("bytes", "bytea", Row::bytes)
            .column("kind", "text", Row::kind);

    private static PostgresServer postgres;
    private Connection connection;

    @BeforeAll
    static void startPostgres() {
        postgres = PostgresServer.start();
        postgres.createDatabase("rows_insert");
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @BeforeEach
    void freshTable() throws SQLException {
        connection = DriverManager.getConnection(postgres.jdbcUrl("rows_insert"), postgres.user(), postgres.password());
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS thing");
            statement.execute("CREATE TABLE thing (seq bigint GENERATED ALWAYS AS IDENTITY, id uuid PRIMARY KEY, at timestamptz, "
                    + "day date, flag boolean, count integer, note text, roles text[], bytes bytea, kind text)");
        }
    }

    /** Every row in one statement (arrays), or each alone (a single row's VALUES insert): both store the same. */
    @ParameterizedTest(name = "session time zone {0}, each row alone: {1}")
    @CsvSource({"UTC,false", "Europe/London,false", "Pacific/Chatham,false", "UTC,true", "Pacific/Chatham,true"})
    void everyTypeArrivesAsItWasInListOrder(String zone, boolean alone) throws SQLException {
        exec("SET TIME ZONE '" + zone + "'");
        List<Row> rows = List.of(
                row(Instant.parse("2026-12-07T03:00:00.123456Z"), LocalDate.of(2026, 12, 7), true, 42, "first", List.of("hr", "hub")),
                row(Instant.parse("1969-12-31T23:59:59.999999Z"), LocalDate.of(1969, 12, 31), false, -1, "before the epoch", List.of()),
                row(Instant.parse("2099-12-31T23:59:59.999999Z"), LocalDate.of(2255, 1, 1), true, Integer.MAX_VALUE, "far off", List.of("x")),
                new Row(UUID.randomUUID(), null, null, null, null, null, null, null, null));

        insert(rows, alone);

        List<Row> read = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT id, at, day, flag, count, note, roles, bytes, kind FROM thing ORDER BY seq")) {
            while (result.next()) {
                read.add(new Row(result.getObject(1, UUID.class),
                        result.getObject(2, OffsetDateTime.class) == null ? null : result.getObject(2, OffsetDateTime.class).toInstant(),
                        result.getObject(3, LocalDate.class), (Boolean) result.getObject(4), (Integer) result.getObject(5),
                        result.getString(6), result.getArray(7) == null ? null : List.of((String[]) result.getArray(7).getArray()),
                        result.getBytes(8), result.getString(9) == null ? null : Kind.valueOf(result.getString(9))));
            }
        }
        assertThat(read).usingRecursiveFieldByFieldElementComparator().containsExactlyElementsOf(rows);
    }

    private void insert(List<Row> rows, boolean alone) {
        if (alone) {
            rows.forEach(row -> ROWS.insert(connection, List.of(row)));
        } else {
            ROWS.insert(connection, rows);
        }
    }

    @Test
    void anInstantIsRoundedToTheMicrosecondAsTheDriverRoundsOneItBinds() throws SQLException {
        Instant[] instants = {Instant.parse("2026-12-07T03:00:00.123456499Z"), Instant.parse("2026-12-07T03:00:00.123456500Z"),
                Instant.parse("2026-12-07T03:00:00.999999999Z"), Instant.parse("1969-12-31T23:59:59.999999500Z")};
        List<Row> rows = new ArrayList<>();
        for (Instant instant : instants) {
            rows.add(row(instant, null, null, null, null, null));
        }
        ROWS.insert(connection, rows);

        for (Row row : rows) {
            try (PreparedStatement same = connection.prepareStatement("SELECT at = ? FROM thing WHERE id = ?")) {
                same.setObject(1, OffsetDateTime.ofInstant(row.at(), ZoneOffset.UTC));
                same.setObject(2, row.id());
                try (ResultSet result = same.executeQuery()) {
                    assertThat(result.next()).isTrue();
                    assertThat(result.getBoolean(1)).as("%s stored as the driver stores it", row.at()).isTrue();
                }
            }
        }
    }

    @Test
    void insertNewAnswersOnlyTheRowsItInsertedAndAnUpsertRewritesTheRest() {
        Row kept = row(Instant.parse("2026-01-01T00:00:00Z"), LocalDate.of(2026, 1, 1), true, 1, "kept", List.of());
        ROWS.insert(connection, List.of(kept));
        Row fresh = row(Instant.parse("2026-01-02T00:00:00Z"), LocalDate.of(2026, 1, 2), true, 2, "fresh", List.of());

        assertThat(ROWS.insertNew(connection, List.of(kept, fresh), "id")).containsExactly(fresh.id().toString());
        assertThat(ROWS.insertNew(connection, List.of(fresh), "id")).as("one row, held already").isEmpty();

        Row changed = new Row(kept.id(), Instant.parse("2026-02-01T00:00:00Z"), LocalDate.of(2026, 2, 1), false, 3, "changed",
                List.of("hub"), new byte[]{9}, Kind.COUNCILLOR);
        ROWS.upsert(connection, List.of(changed), "id");
        assertThat(text("SELECT note || ' ' || day || ' ' || count || ' ' || flag FROM thing WHERE id = '" + kept.id() + "'"))
                .isEqualTo("changed 2026-02-01 3 false");
    }

    @Test
    void aValueOfTheWrongKindIsRefusedNamingItsColumnBeforeAnythingIsWritten() {
        RowsInsert<String[]> wrong = RowsInsert.into("thing", String[].class)
                .column("id", "uuid", r -> r[0])
                .column("at", "timestamptz", r -> r[1]);

        assertThatThrownBy(() -> wrong.insert(connection, List.<String[]>of(new String[]{UUID.randomUUID().toString(), "2026-01-01"})))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at: a timestamptz is an Instant");
        assertThatThrownBy(() -> wrong.insert(connection, List.<String[]>of(new String[]{"not a uuid", null})))
                .isInstanceOf(DataAccessException.class);
        assertThat(text("SELECT count(*) FROM thing")).isEqualTo("0");
    }

    private static Row row(Instant at, LocalDate day, Boolean flag, Integer count, String note, List<String> roles) {
        return new Row(UUID.randomUUID(), at, day, flag, count, note, roles, note == null ? null : note.getBytes(),
                count == null ? null : count % 2 == 0 ? Kind.OFFICER : Kind.COUNCILLOR);
    }

    private void exec(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private String text(String sql) {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
