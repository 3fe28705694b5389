-- Every row belongs to a council (see docs/tenancy.md): row-level security shows a transaction only the rows of
-- the council its connection names, and the council leads each key and index. Roster ids and enquiry references
-- are a council's own (two councils may both have an EM-0001 or a MEM-26-0001), so they are unique per council.
SELECT make_council_table('contact');
SELECT make_council_table('training_assignment');
SELECT make_council_table('reminder');
SELECT make_council_table('sent_mail');
SELECT make_council_table('enquiry_record');
SELECT make_council_table('plan_action');
SELECT make_council_table('preference');
SELECT make_council_table('digest_item');

ALTER TABLE contact        DROP CONSTRAINT contact_pkey;
ALTER TABLE enquiry_record DROP CONSTRAINT enquiry_record_pkey;
ALTER TABLE preference     DROP CONSTRAINT preference_pkey;
ALTER TABLE contact        ADD PRIMARY KEY (council, person_id);
ALTER TABLE enquiry_record ADD PRIMARY KEY (council, reference);
ALTER TABLE preference     ADD PRIMARY KEY (council, person_id);

ALTER TABLE reminder DROP CONSTRAINT reminder_once;
ALTER TABLE reminder ADD CONSTRAINT reminder_once
    UNIQUE NULLS NOT DISTINCT (council, subject_type, subject_id, person_id, kind, deadline, occasion);

DROP INDEX reminder_pending_due;
DROP INDEX reminder_person;
DROP INDEX sent_mail_at;
DROP INDEX digest_item_unsent;
CREATE INDEX reminder_pending_due ON reminder (council, next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX reminder_person ON reminder (council, person_id);
CREATE INDEX sent_mail_at ON sent_mail (council, at DESC);
CREATE INDEX digest_item_unsent ON digest_item (council, person_id) WHERE sent_at IS NULL;
