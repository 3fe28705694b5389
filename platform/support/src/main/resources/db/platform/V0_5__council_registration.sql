-- A council the platform operator onboarded (see docs/tenancy.md, "When a council joins"): served from then on, as
-- if it were in platform.tenancy.councils, on every replica, with no restart. About councils, not of one: no policy.
CREATE TABLE council_registration (
    council       text        PRIMARY KEY,
    registered_at timestamptz NOT NULL,
    registered_by text        NOT NULL
);
