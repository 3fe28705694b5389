-- Tenancy (see docs/tenancy.md). Every service's rows belong to a council; the connection says which council the
-- current work acts for (app.council, set by platform.tenancy.CouncilConnections) and row-level security lets a
-- transaction see and write that council's rows only. FORCE applies the policies to the tables' owner too, which
-- is the role the service connects as. Migrations run as the default council (flyway init-sql), so rows written
-- before tenancy become its rows.

-- The outbox carries each event's council to Kafka (ce_council). The relay reads every council's events, so the
-- table has no policy: only the relay reads it, and it reads nothing but what it publishes.
ALTER TABLE outbox_event ADD COLUMN council text NOT NULL DEFAULT current_setting('app.council');
ALTER TABLE outbox_event ALTER COLUMN council DROP DEFAULT;

-- Makes a table a council's: rows already there become the current (default) council's, new rows take the
-- connection's council, and a transaction sees and writes only the rows of the council its connection names.
-- A service's migration calls it for each of its tables, then puts the council first in its keys and indexes.
CREATE FUNCTION make_council_table(t regclass) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('ALTER TABLE %s ADD COLUMN council text NOT NULL DEFAULT current_setting(''app.council'')', t);
    EXECUTE format('ALTER TABLE %s ALTER COLUMN council SET DEFAULT current_setting(''app.council'', true)', t);
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY council_rows ON %s USING (council = current_setting(''app.council'', true)) '
                   'WITH CHECK (council = current_setting(''app.council'', true))', t);
END $$;

-- A council's audit trail is its own.
SELECT make_council_table('audit_log');
DROP INDEX audit_log_at;
CREATE INDEX audit_log_council_at ON audit_log (council, at DESC);
