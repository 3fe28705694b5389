-- Who answers for an action, as plans-service resolves them on every action event: this service reminds exactly
-- these people instead of matching job titles against posts itself. Rows copied before this column keep their
-- planned reminders; the next event about the action fills it.
ALTER TABLE plan_action ADD COLUMN answered_by_ids text[] NOT NULL DEFAULT '{}';
