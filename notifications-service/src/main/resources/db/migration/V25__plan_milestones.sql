-- An action's milestones as plans-service's latest event about the action gives them (issue 16): whoever answers
-- for the action is reminded before each one not done, and the reminder is not sent once it is marked done.
CREATE TABLE plan_milestone (
    milestone_id uuid        NOT NULL,
    action_id    uuid        NOT NULL,
    text         text        NOT NULL,
    due_text     text        NOT NULL,
    deadline     date,
    done         boolean     NOT NULL,
    updated_at   timestamptz NOT NULL
);
SELECT make_council_table('plan_milestone');
ALTER TABLE plan_milestone ADD PRIMARY KEY (council, milestone_id);
CREATE INDEX plan_milestone_action ON plan_milestone (council, action_id);
CREATE INDEX plan_milestone_next ON plan_milestone (council, deadline) WHERE NOT done;
