-- notifications-service's own copy of the roster, fed by training-service's person events.
CREATE TABLE contact (
    person_id       text PRIMARY KEY,
    full_name       text        NOT NULL,
    email           text        NOT NULL,
    kind            text        NOT NULL,
    department      text,
    line_manager_id text,
    active          boolean     NOT NULL,
    updated_at      timestamptz NOT NULL
);
