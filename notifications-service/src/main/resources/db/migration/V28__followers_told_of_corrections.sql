-- A progress update corrected is told to the action's followers too, as its recording was (issue 15).
ALTER TABLE action_change DROP CONSTRAINT action_change_kind_check;
ALTER TABLE action_change ADD CONSTRAINT action_change_kind_check
    CHECK (kind IN ('PROGRESS', 'STATUS', 'DEADLINE', 'CORRECTION'));
