-- The training assignments reminders are about, copied from training-service's events.
CREATE TABLE training_assignment (
    assignment_id uuid PRIMARY KEY,
    person_id     text        NOT NULL,
    course_code   text        NOT NULL,
    course_title  text        NOT NULL,
    due_date      date        NOT NULL,
    open          boolean     NOT NULL,
    updated_at    timestamptz NOT NULL
);

-- One row per reminder that will (or did) go out. The unique key is what makes each
-- (subject, reminder) send at most once, whatever the redeliveries and restarts.
CREATE TABLE reminder (
    id              uuid PRIMARY KEY,
    subject_type    text        NOT NULL,
    subject_id      text        NOT NULL,
    person_id       text        NOT NULL,
    kind            text        NOT NULL,
    send_at         timestamptz NOT NULL,
    status          text        NOT NULL CHECK (status IN ('PENDING', 'SENT', 'CANCELLED', 'SKIPPED')),
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    last_error      text,
    sent_at         timestamptz,
    created_at      timestamptz NOT NULL,
    UNIQUE (subject_type, subject_id, kind)
);
-- The dispatcher asks only for pending reminders whose time has come.
CREATE INDEX reminder_pending_due ON reminder (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX reminder_person ON reminder (person_id);

-- Every delivery attempt, successful or not: the sent-mail log.
CREATE TABLE sent_mail (
    id          uuid PRIMARY KEY,
    reminder_id uuid        NOT NULL REFERENCES reminder (id),
    recipient   text        NOT NULL,
    cc          text[]      NOT NULL DEFAULT '{}',
    subject     text        NOT NULL,
    status      text        NOT NULL CHECK (status IN ('SENT', 'FAILED')),
    error       text,
    message_id  text        NOT NULL,
    at          timestamptz NOT NULL
);
CREATE INDEX sent_mail_at ON sent_mail (at DESC);
