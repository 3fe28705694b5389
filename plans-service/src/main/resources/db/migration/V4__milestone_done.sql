-- A milestone is marked done by the action's owner or the standards team: when, and by whom (as the timeline names them).
ALTER TABLE milestone ADD COLUMN done_on date, ADD COLUMN done_by text;
