-- Anyone may follow an action plan or one action and be told when progress is recorded on it, or its status or
-- deadline changes (docs/events.md; issue 15). The plan an action belongs to, for following a whole plan.
ALTER TABLE plan_action ADD COLUMN plan_id uuid;
CREATE INDEX plan_action_plan ON plan_action (council, plan_id);

CREATE TABLE follow (
    id           uuid        NOT NULL,
    person_id    text        NOT NULL,
    subject_type text        NOT NULL CHECK (subject_type IN ('PLAN', 'ACTION')),
    subject_id   uuid        NOT NULL,
    followed_at  timestamptz NOT NULL
);
SELECT make_council_table('follow');
ALTER TABLE follow ADD PRIMARY KEY (council, id);
ALTER TABLE follow ADD CONSTRAINT follow_once UNIQUE (council, person_id, subject_type, subject_id);
CREATE INDEX follow_subject ON follow (council, subject_id);

-- A change its followers are told of: what it was, in words, and who made it (not told of their own change).
CREATE TABLE action_change (
    id         uuid        NOT NULL,
    action_id  uuid        NOT NULL,
    kind       text        NOT NULL CHECK (kind IN ('PROGRESS', 'STATUS', 'DEADLINE')),
    detail     text        NOT NULL,
    changed_at timestamptz NOT NULL
);
SELECT make_council_table('action_change');
ALTER TABLE action_change ADD PRIMARY KEY (council, id);
