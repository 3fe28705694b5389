-- Officers from the roster's events: who the Chief Officers of each department are (9.1.9).
CREATE TABLE officer (
    person_id     text PRIMARY KEY,
    full_name     text        NOT NULL,
    department    text,
    chief_officer boolean     NOT NULL,
    active        boolean     NOT NULL,
    updated_at    timestamptz NOT NULL
);
CREATE INDEX officer_department ON officer (lower(department)) WHERE chief_officer AND active;

-- When an overdue enquiry was escalated; cleared when its deadline moves.
ALTER TABLE enquiry ADD COLUMN escalated_at timestamptz;
