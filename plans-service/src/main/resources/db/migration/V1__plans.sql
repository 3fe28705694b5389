-- plans-service's copy of the roster (from training-service's person events): owners and leads by name or post.
CREATE TABLE person (
    person_id  text PRIMARY KEY,
    full_name  text        NOT NULL,
    email      text        NOT NULL,
    job_title  text,
    active     boolean     NOT NULL,
    updated_at timestamptz NOT NULL
);
CREATE INDEX person_name ON person (lower(full_name));
CREATE INDEX person_job_title ON person (lower(job_title));

CREATE TABLE plan (
    id          uuid PRIMARY KEY,
    title       text        NOT NULL,
    council     text,
    adopted_on  date,
    source_body text,
    created_at  timestamptz NOT NULL
);

-- A plan's themes ("families" in the seed), each with a named lead.
CREATE TABLE theme (
    id             uuid PRIMARY KEY,
    plan_id        uuid    NOT NULL REFERENCES plan (id),
    position       integer NOT NULL,
    name           text    NOT NULL,
    description    text,
    lead_name      text,
    lead_person_id text,
    UNIQUE (plan_id, name)
);

CREATE TABLE outcome (
    id       uuid PRIMARY KEY,
    theme_id uuid    NOT NULL REFERENCES theme (id),
    position integer NOT NULL,
    text     text    NOT NULL
);

CREATE TABLE recommendation (
    id         uuid PRIMARY KEY,
    theme_id   uuid    NOT NULL REFERENCES theme (id),
    outcome_id uuid REFERENCES outcome (id),
    position   integer NOT NULL,
    reference  text,
    text       text    NOT NULL,
    source     text    NOT NULL CHECK (source IN ('PROTOCOL_REVIEW', 'LGA_PEER_CHALLENGE', 'GOVERNANCE_REVIEW', 'OTHER'))
);

CREATE TABLE action (
    id                uuid PRIMARY KEY,
    plan_id           uuid        NOT NULL REFERENCES plan (id),
    theme_id          uuid        NOT NULL REFERENCES theme (id),
    recommendation_id uuid REFERENCES recommendation (id),
    position          integer     NOT NULL,
    reference         text,
    text              text        NOT NULL,
    owner_text        text,
    owner_person_id   text,
    owner_roles       text[]      NOT NULL DEFAULT '{}',
    cabinet_lead      text,
    sponsor           text,
    due_text          text        NOT NULL DEFAULT '',
    due_precision     text        NOT NULL,
    deadline          date,
    status            text        NOT NULL CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'ONGOING', 'COMPLETE', 'BLOCKED', 'WITHDRAWN')),
    progress_percent  integer     NOT NULL CHECK (progress_percent BETWEEN 0 AND 100),
    rag_override      text CHECK (rag_override IN ('RED', 'AMBER', 'GREEN', 'BLUE', 'NOT_RATED')),
    rag_reason        text,
    -- the deadline an ActionOverdue event was last published for: once per deadline
    overdue_notified  date,
    created_at        timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL
);
CREATE INDEX action_plan ON action (plan_id, position);
CREATE INDEX action_deadline_open ON action (deadline) WHERE status NOT IN ('COMPLETE', 'WITHDRAWN');
CREATE INDEX action_owner_person ON action (owner_person_id);

CREATE TABLE milestone (
    id            uuid PRIMARY KEY,
    action_id     uuid    NOT NULL REFERENCES action (id),
    position      integer NOT NULL,
    text          text    NOT NULL,
    due_text      text    NOT NULL,
    due_precision text    NOT NULL,
    deadline      date
);
CREATE INDEX milestone_action ON milestone (action_id, position);

CREATE TABLE progress_update (
    id          uuid PRIMARY KEY,
    action_id   uuid        NOT NULL REFERENCES action (id),
    recorded_on date        NOT NULL,
    author      text        NOT NULL,
    narrative   text        NOT NULL,
    status_from text,
    status_to   text,
    created_at  timestamptz NOT NULL
);
CREATE INDEX progress_update_action ON progress_update (action_id, recorded_on);

-- A figure from another service shown beside the action (training completion, enquiries on time).
CREATE TABLE evidence_link (
    action_id   uuid PRIMARY KEY REFERENCES action (id),
    measure     text NOT NULL CHECK (measure IN ('COURSE_COMPLETION', 'ENQUIRIES_ON_TIME')),
    course_code text,
    group_by    text,
    group_value text
);
