-- Councillors and co-opted members, copied from training-service's roster events.
CREATE TABLE councillor (
    person_id       text PRIMARY KEY,
    full_name       text        NOT NULL,
    email           text        NOT NULL,
    kind            text        NOT NULL,
    political_group text,
    active          boolean     NOT NULL,
    updated_at      timestamptz NOT NULL
);

-- Which department (and officer) an enquiry of a category, optionally in a ward, goes to.
CREATE TABLE routing_rule (
    id                 uuid PRIMARY KEY,
    category           text        NOT NULL,
    ward               text,
    department         text        NOT NULL,
    default_officer_id text,
    created_at         timestamptz NOT NULL
);
CREATE UNIQUE INDEX routing_rule_key ON routing_rule (lower(category), coalesce(lower(ward), ''));

-- Reference numbers MEM-<yy>-<nnnn>: one counter per year, never reused.
CREATE TABLE reference_counter (
    year integer PRIMARY KEY,
    last integer NOT NULL
);

CREATE TABLE enquiry (
    id                  uuid PRIMARY KEY,
    reference           text        NOT NULL UNIQUE,
    councillor_id       text        NOT NULL REFERENCES councillor (person_id),
    channel             text        NOT NULL CHECK (channel IN ('VERBAL', 'EMAIL', 'LETTER', 'IN_PERSON')),
    received_at         timestamptz NOT NULL,
    subject             text        NOT NULL,
    description         text        NOT NULL,
    category            text        NOT NULL,
    ward                text,
    constituent_name    text,
    constituent_contact text,
    constituent_address text,
    confidential        boolean     NOT NULL,
    circulation         text[]      NOT NULL DEFAULT '{}',
    status              text        NOT NULL CHECK (status IN ('OPEN', 'RESPONDED')),
    counts_from         date        NOT NULL,
    due_date            date        NOT NULL,
    due_at              timestamptz NOT NULL,
    original_due_date   date        NOT NULL,
    response            text,
    responded_at        timestamptz,
    responded_by        text,
    logged_by           text        NOT NULL,
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL
);
CREATE INDEX enquiry_open_due ON enquiry (due_at) WHERE status = 'OPEN';
CREATE INDEX enquiry_councillor ON enquiry (councillor_id);

-- An enquiry may be split across several departments.
CREATE TABLE enquiry_assignment (
    id          uuid PRIMARY KEY,
    enquiry_id  uuid        NOT NULL REFERENCES enquiry (id),
    department  text        NOT NULL,
    officer_id  text,
    assigned_at timestamptz NOT NULL,
    UNIQUE (enquiry_id, department)
);
CREATE INDEX enquiry_assignment_department ON enquiry_assignment (department);
