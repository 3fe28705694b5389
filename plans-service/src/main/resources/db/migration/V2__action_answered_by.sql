-- Who answers for each action as the roster reads now (the owner named, or the holders of the posts named):
-- published in every action event so notifications-service reminds exactly these people. NULL until first
-- resolved, for actions imported before this column.
ALTER TABLE action ADD COLUMN answered_by text[];
