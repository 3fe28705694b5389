-- How a council's emails speak, as its admin sets it (docs/tenancy.md, "A council's own settings"): its name, the
-- sender's display name, where replies go, a sign-off line, and the days before a due date its reminders go. A column
-- left empty is the deployment's (smtp.from, notifications.training.days-before, notifications.plans.days-before).
CREATE TABLE council_voice (
    council_name         text,
    sender_name          text,
    reply_to             text,
    sign_off             text,
    -- comma-separated days before, largest first: "30,7,1"
    training_days_before text CHECK (training_days_before ~ '^[0-9]{1,3}(,[0-9]{1,3}){0,4}$'),
    action_days_before   text CHECK (action_days_before ~ '^[0-9]{1,3}(,[0-9]{1,3}){0,4}$'),
    updated_at           timestamptz NOT NULL,
    updated_by           text        NOT NULL
);
SELECT make_council_table('council_voice');
ALTER TABLE council_voice ADD PRIMARY KEY (council);
