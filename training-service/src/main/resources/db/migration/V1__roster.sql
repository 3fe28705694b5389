-- The roster: officers, councillors and co-opted members, keyed by HR's stable id.
CREATE TABLE person (
    id              text PRIMARY KEY,
    full_name       text        NOT NULL,
    email           text        NOT NULL,
    kind            text        NOT NULL CHECK (kind IN ('OFFICER', 'COUNCILLOR', 'CO_OPTED_MEMBER')),
    roles           text[]      NOT NULL DEFAULT '{}',
    department      text,
    political_group text,
    line_manager_id text REFERENCES person (id) DEFERRABLE INITIALLY DEFERRED,
    start_date      date        NOT NULL,
    active          boolean     NOT NULL DEFAULT true,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL
);
CREATE INDEX person_department ON person (department);
CREATE INDEX person_line_manager ON person (line_manager_id);
