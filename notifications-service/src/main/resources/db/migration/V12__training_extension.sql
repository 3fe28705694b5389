-- A request for more time on a training assignment, as far as its emails need it (copied from training-service's
-- ExtensionRequested and ExtensionDecided events).
CREATE TABLE training_extension (
    request_id         uuid        NOT NULL,
    person_id          text        NOT NULL,
    person_name        text        NOT NULL,
    course_title       text        NOT NULL,
    approver_id        text,
    approver_role      text        NOT NULL,
    current_due_date   date        NOT NULL,
    requested_due_date date        NOT NULL,
    reason             text        NOT NULL,
    status             text        NOT NULL,
    decision_note      text,
    updated_at         timestamptz NOT NULL
);
SELECT make_council_table('training_extension');
ALTER TABLE training_extension ADD PRIMARY KEY (council, request_id);
