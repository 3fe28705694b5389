-- A person's request for more time on one assignment, and its decision (issue 14). The request is kept whatever is
-- decided: who asked, who decided, when and why is the record HR keeps.
CREATE TABLE extension_request (
    id                 uuid        NOT NULL,
    assignment_id      uuid        NOT NULL,
    person_id          text        NOT NULL,
    course_code        text        NOT NULL,
    current_due_date   date        NOT NULL,
    requested_due_date date        NOT NULL CHECK (requested_due_date > current_due_date),
    reason             text        NOT NULL,
    status             text        NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'DECLINED')),
    approver_id        text,
    approver_role      text        NOT NULL,
    requested_by       text        NOT NULL,
    requested_at       timestamptz NOT NULL,
    decided_by         text,
    decided_at         timestamptz,
    decision_note      text
);
SELECT make_council_table('extension_request');
ALTER TABLE extension_request ADD PRIMARY KEY (council, id);
ALTER TABLE extension_request ADD FOREIGN KEY (council, person_id) REFERENCES person (council, id);
-- one request waiting at a time for an assignment
CREATE UNIQUE INDEX extension_request_one_pending ON extension_request (council, assignment_id) WHERE status = 'PENDING';
CREATE INDEX extension_request_person ON extension_request (council, person_id, requested_at DESC);
CREATE INDEX extension_request_approver ON extension_request (council, approver_id, requested_at DESC) WHERE status = 'PENDING';
