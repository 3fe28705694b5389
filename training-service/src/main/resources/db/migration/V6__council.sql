-- Every row belongs to a council (see docs/tenancy.md): the council leads each key and index, and row-level
-- security shows a transaction only the rows of the council its connection names (app.council). Roster ids and
-- course codes are a council's own, so two councils may both have an EM-0001 or a NOLAN_PRINCIPLES.
-- Rows written before tenancy belong to the deployment's default council.

SELECT make_council_table('person');
SELECT make_council_table('course');
SELECT make_council_table('requirement_rule');
SELECT make_council_table('assignment');
SELECT make_council_table('completion');

-- Keys that name a person or a course name them within a council.
ALTER TABLE person           DROP CONSTRAINT person_line_manager_id_fkey;
ALTER TABLE assignment       DROP CONSTRAINT assignment_person_id_fkey;
ALTER TABLE assignment       DROP CONSTRAINT assignment_course_code_fkey;
ALTER TABLE completion       DROP CONSTRAINT completion_person_id_fkey;
ALTER TABLE completion       DROP CONSTRAINT completion_course_code_fkey;
ALTER TABLE requirement_rule DROP CONSTRAINT requirement_rule_course_code_fkey;
ALTER TABLE completion       DROP CONSTRAINT completion_person_id_course_code_completed_on_key;
ALTER TABLE person           DROP CONSTRAINT person_pkey;
ALTER TABLE course           DROP CONSTRAINT course_pkey;

ALTER TABLE person ADD PRIMARY KEY (council, id);
ALTER TABLE course ADD PRIMARY KEY (council, code);
ALTER TABLE person ADD FOREIGN KEY (council, line_manager_id) REFERENCES person (council, id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE assignment ADD FOREIGN KEY (council, person_id) REFERENCES person (council, id);
ALTER TABLE assignment ADD FOREIGN KEY (council, course_code) REFERENCES course (council, code);
ALTER TABLE completion ADD FOREIGN KEY (council, person_id) REFERENCES person (council, id);
ALTER TABLE completion ADD FOREIGN KEY (council, course_code) REFERENCES course (council, code);
ALTER TABLE requirement_rule ADD FOREIGN KEY (council, course_code) REFERENCES course (council, code);
ALTER TABLE completion ADD UNIQUE (council, person_id, course_code, completed_on);

DROP INDEX person_department;
DROP INDEX person_line_manager;
DROP INDEX assignment_one_open;
DROP INDEX assignment_open_due;
DROP INDEX completion_person_course;
CREATE INDEX person_department ON person (council, department);
CREATE INDEX person_line_manager ON person (council, line_manager_id);
CREATE UNIQUE INDEX assignment_one_open ON assignment (council, person_id, course_code) WHERE status = 'OPEN';
CREATE INDEX assignment_open_due ON assignment (council, due_date) WHERE status = 'OPEN';
CREATE INDEX assignment_person ON assignment (council, person_id, course_code);
CREATE INDEX completion_person_course ON completion (council, person_id, course_code, completed_on DESC);
CREATE INDEX requirement_rule_council ON requirement_rule (council, course_code);
