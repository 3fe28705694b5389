package uk.councilprotocol.platform.rows;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RowsInsertTest {

    private record Row(String id, List<String> roles, String note) {
    }

    private static final RowsInsert<Row> ROWS = RowsInsert.into("person", Row.class)
            .column("id", "text", Row::id)
            .column("roles", "text[]", Row::roles)
            .column("note", "text", Row::note);

    @Test
    void unnestsOneArrayAColumnInListOrderAndSplitsATextArrayColumnAgain() {
        assertThat(ROWS.sql()).isEqualTo("INSERT INTO person (id, roles, note) SELECT r.c0, string_to_array(r.c1, chr(31)), r.c2"
                + " FROM unnest(?::text[], ?::text[], ?::text[]) WITH ORDINALITY AS r(c0, c1, c2, n) ORDER BY r.n");
    }

    @Test
    void aSingleRowIsAValuesInsertConvertedAsAnArraysElementsAre() {
        assertThat(ROWS.oneRowSql()).isEqualTo("INSERT INTO person (id, roles, note) VALUES (?::text, string_to_array(?::text, chr(31)), ?::text)");
    }

    @Test
    void aColumnAddedLaterMakesANewInsertAndLeavesTheFirstAsItWas() {
        RowsInsert<Row> fewer = RowsInsert.into("person", Row.class).column("id", "text", Row::id);
        RowsInsert<Row> more = fewer.column("note", "text", Row::note);

        assertThat(fewer.sql()).startsWith("INSERT INTO person (id) SELECT r.c0 FROM unnest(?::text[])");
        assertThat(more.sql()).startsWith("INSERT INTO person (id, note) SELECT r.c0, r.c1 FROM unnest(?::text[], ?::text[])");
    }

    @Test
    void anUpsertGivesEveryColumnButTheKeyTheNewValue() {
        assertThat(ROWS.upsertSql("id")).isEqualTo(ROWS.sql() + " ON CONFLICT (id) DO UPDATE SET roles = EXCLUDED.roles, note = EXCLUDED.note");
    }
}
