-- Every row belongs to a council (see docs/tenancy.md): row-level security shows a transaction only the rows of
-- the council its connection names, and the council leads each key and index. Enquiry references are numbered
-- per council and year (two councils may both have MEM-26-0001), as are roster ids and routing rules.
SELECT make_council_table('councillor');
SELECT make_council_table('officer');
SELECT make_council_table('routing_rule');
SELECT make_council_table('reference_counter');
SELECT make_council_table('enquiry');
SELECT make_council_table('enquiry_assignment');
SELECT make_council_table('deadline_change');
SELECT make_council_table('officer_absence');
SELECT make_council_table('enquiry_attachment');

ALTER TABLE enquiry           DROP CONSTRAINT enquiry_councillor_id_fkey;
ALTER TABLE enquiry           DROP CONSTRAINT enquiry_reference_key;
ALTER TABLE councillor        DROP CONSTRAINT councillor_pkey;
ALTER TABLE officer           DROP CONSTRAINT officer_pkey;
ALTER TABLE reference_counter DROP CONSTRAINT reference_counter_pkey;
ALTER TABLE councillor        ADD PRIMARY KEY (council, person_id);
ALTER TABLE officer           ADD PRIMARY KEY (council, person_id);
ALTER TABLE reference_counter ADD PRIMARY KEY (council, year);
ALTER TABLE enquiry           ADD UNIQUE (council, reference);
ALTER TABLE enquiry           ADD FOREIGN KEY (council, councillor_id) REFERENCES councillor (council, person_id);

DROP INDEX routing_rule_key;
DROP INDEX enquiry_open_due;
DROP INDEX enquiry_councillor;
DROP INDEX enquiry_assignment_department;
DROP INDEX deadline_change_enquiry;
DROP INDEX officer_department;
DROP INDEX officer_absence_officer;
DROP INDEX enquiry_attachment_enquiry;
CREATE UNIQUE INDEX routing_rule_key ON routing_rule (council, lower(category), coalesce(lower(ward), ''));
CREATE INDEX enquiry_open_due ON enquiry (council, due_at) WHERE status = 'OPEN';
CREATE INDEX enquiry_councillor ON enquiry (council, councillor_id);
CREATE INDEX enquiry_assignment_department ON enquiry_assignment (council, department);
CREATE INDEX deadline_change_enquiry ON deadline_change (council, enquiry_id, recorded_at);
CREATE INDEX officer_department ON officer (council, lower(department)) WHERE chief_officer AND active;
CREATE INDEX officer_absence_officer ON officer_absence (council, officer_id, starts_on, ends_on);
CREATE INDEX enquiry_attachment_enquiry ON enquiry_attachment (council, enquiry_id);
