-- What notifications-service knows of each Councillor enquiry, from enquiries-service's events (no personal data).
CREATE TABLE enquiry_record (
    reference       text PRIMARY KEY,
    councillor_id   text        NOT NULL,
    subject         text        NOT NULL,
    confidential    boolean     NOT NULL,
    due_date        date        NOT NULL,
    officer_ids     text[]      NOT NULL DEFAULT '{}',
    departments     text[]      NOT NULL DEFAULT '{}',
    open            boolean     NOT NULL,
    holding_reason  text,
    holding_action  text,
    updated_at      timestamptz NOT NULL
);
