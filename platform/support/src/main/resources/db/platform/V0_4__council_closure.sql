-- A council that has left the deployment (see docs/tenancy.md, "When a council leaves"). Its rows are erased in the
-- same transaction that writes this record, which keeps no personal data: who closed it, when, how many rows went.
-- No policy: it is about councils, not of one, and every connection reads it.
CREATE TABLE council_closure (
    council     text        PRIMARY KEY,
    closed_at   timestamptz NOT NULL,
    closed_by   text        NOT NULL,
    rows_erased bigint      NOT NULL
);

-- Every connection the services open names its council through open_council and gives it back through
-- leave_council (platform.tenancy.CouncilConnections). While open it holds its council's lock shared, which the
-- erasure takes exclusively: the erasure waits for work in flight to finish, and work that starts meanwhile waits
-- for the erasure, then finds the council closed and is refused. So a closed council's work is refused here, in the
-- database, on every replica at once, and no row can be written behind the erasure.
CREATE FUNCTION open_council(c text) RETURNS text LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    PERFORM pg_advisory_lock_shared(1146, hashtext(c));
    IF EXISTS (SELECT 1 FROM council_closure WHERE council = c) THEN
        PERFORM pg_advisory_unlock_shared(1146, hashtext(c));
        RAISE EXCEPTION 'council % is closed', c USING ERRCODE = 'CP001';
    END IF;
    RETURN set_config('app.council', c, false);
END $$;

CREATE FUNCTION leave_council() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_unlock_all();
    RESET app.council;
END $$;

-- Taken by the erasure, in its transaction (released when it commits or rolls back).
CREATE FUNCTION lock_council_for_erasure(c text) RETURNS void LANGUAGE sql AS $$
    SELECT pg_advisory_xact_lock(1146, hashtext(c));
$$;

-- The audit log stays append-only, but for the erasure of a closed council: a transaction that names the council it
-- erases (app.erasing, local to that transaction) may delete that council's rows, and row-level security keeps the
-- delete to them.
CREATE OR REPLACE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND current_setting('app.erasing', true) IS NOT NULL
            AND current_setting('app.erasing', true) = current_setting('app.council', true) THEN
        RETURN NULL;
    END IF;
    RAISE EXCEPTION 'audit_log is append-only';
END $$;
