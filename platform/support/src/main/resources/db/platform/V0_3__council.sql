-- Tenancy (see docs/tenancy.md). Every service's rows belong to a council; the connection says which council the
-- current work acts for (app.council, set by platform.tenancy.CouncilConnections) and row-level security lets a
-- transaction see and write that council's rows only. FORCE applies the policies to the tables' owner too, which
-- is the role the service connects as. Migrations run as the default council (flyway init-sql), so rows written
-- before tenancy become its rows.

-- The outbox carries each event's council to Kafka (ce_council). The relay reads every council's events, so the
-- table has no policy: only the relay reads it, and it reads nothing but what it publishes.
ALTER TABLE outbox_event ADD COLUMN council text NOT NULL DEFAULT current_setting('app.council');
ALTER TABLE outbox_event ALTER COLUMN council DROP DEFAULT;

-- A council's audit trail is its own.
ALTER TABLE audit_log ADD COLUMN council text NOT NULL DEFAULT current_setting('app.council');
ALTER TABLE audit_log ALTER COLUMN council SET DEFAULT current_setting('app.council', true);
DROP INDEX audit_log_at;
CREATE INDEX audit_log_council_at ON audit_log (council, at DESC);
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_log FORCE ROW LEVEL SECURITY;
CREATE POLICY council_rows ON audit_log
    USING (council = current_setting('app.council', true))
    WITH CHECK (council = current_setting('app.council', true));
