-- The post a person holds (from roster events): action plans name owners by post.
ALTER TABLE contact ADD COLUMN job_title text;

-- The action-plan actions reminders are about, copied from plans-service's events (latest state wins).
CREATE TABLE plan_action (
    action_id            uuid PRIMARY KEY,
    plan_title           text        NOT NULL,
    reference            text,
    text                 text        NOT NULL,
    owner_text           text,
    owner_person_id      text,
    owner_roles          text[]      NOT NULL DEFAULT '{}',
    theme                text        NOT NULL,
    theme_lead_person_id text,
    due_text             text        NOT NULL DEFAULT '',
    deadline             date,
    open                 boolean     NOT NULL,
    updated_at           timestamptz NOT NULL
);
