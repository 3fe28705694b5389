-- An assignment: this person must complete this course by this date.
CREATE TABLE assignment (
    id                   uuid PRIMARY KEY,
    person_id            text        NOT NULL REFERENCES person (id),
    course_code          text        NOT NULL REFERENCES course (code),
    due_date             date        NOT NULL,
    assigned_on          date        NOT NULL,
    status               text        NOT NULL CHECK (status IN ('OPEN', 'COMPLETED', 'CANCELLED')),
    reason               text        NOT NULL,
    overdue_announced_at timestamptz,
    created_at           timestamptz NOT NULL,
    updated_at           timestamptz NOT NULL
);
-- At most one open assignment per person and course.
CREATE UNIQUE INDEX assignment_one_open ON assignment (person_id, course_code) WHERE status = 'OPEN';
-- The overdue scan looks only at open assignments by due date.
CREATE INDEX assignment_open_due ON assignment (due_date) WHERE status = 'OPEN';

CREATE TABLE completion (
    id                      uuid PRIMARY KEY,
    person_id               text        NOT NULL REFERENCES person (id),
    course_code             text        NOT NULL REFERENCES course (code),
    completed_on            date        NOT NULL,
    provider                text        NOT NULL,
    evidence_reference      text        NOT NULL DEFAULT '',
    expires_on              date,
    fulfilled_assignment_id uuid REFERENCES assignment (id),
    recorded_at             timestamptz NOT NULL,
    -- A department that retries the same record gets the same completion, not a second one.
    UNIQUE (person_id, course_code, completed_on)
);
CREATE INDEX completion_person_course ON completion (person_id, course_code, completed_on DESC);
