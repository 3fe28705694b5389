-- Every row belongs to a council (see docs/tenancy.md): row-level security shows a transaction only the rows of
-- the council its connection names, and the council leads each key and index. Roster ids are a council's own.
-- A plan's "council" was the name the paper gave it, a label: it is kept as council_name.
ALTER TABLE plan RENAME COLUMN council TO council_name;
SELECT make_council_table('person');
SELECT make_council_table('plan');
SELECT make_council_table('theme');
SELECT make_council_table('outcome');
SELECT make_council_table('recommendation');
SELECT make_council_table('action');
SELECT make_council_table('milestone');
SELECT make_council_table('progress_update');
SELECT make_council_table('evidence_link');

ALTER TABLE person DROP CONSTRAINT person_pkey;
ALTER TABLE person ADD PRIMARY KEY (council, person_id);

DROP INDEX person_name;
DROP INDEX person_job_title;
DROP INDEX action_plan;
DROP INDEX action_deadline_open;
DROP INDEX action_owner_person;
DROP INDEX milestone_action;
DROP INDEX progress_update_action;
CREATE INDEX person_name ON person (council, lower(full_name));
CREATE INDEX person_job_title ON person (council, lower(job_title));
CREATE INDEX plan_council ON plan (council);
CREATE INDEX action_plan ON action (council, plan_id, position);
CREATE INDEX action_deadline_open ON action (council, deadline) WHERE status NOT IN ('COMPLETE', 'WITHDRAWN');
CREATE INDEX action_owner_person ON action (council, owner_person_id);
CREATE INDEX milestone_action ON milestone (council, action_id, position);
CREATE INDEX progress_update_action ON progress_update (council, action_id, recorded_on);
