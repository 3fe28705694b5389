-- A reminder the mail server refused for good, or could not deliver within 72 hours: no longer tried.
ALTER TABLE reminder DROP CONSTRAINT reminder_status_check;
ALTER TABLE reminder ADD CONSTRAINT reminder_status_check
    CHECK (status IN ('PENDING', 'SENT', 'CANCELLED', 'SKIPPED', 'DIGESTED', 'FAILED'));
-- when the server first refused it for now: it is given up 72 hours later
ALTER TABLE reminder ADD COLUMN first_failed_at timestamptz;

-- An address the mail server refused for good (no such mailbox): shown to HR and the Hub until the roster gives
-- the person another address. Who it was for is kept, as the roster knew them then.
CREATE TABLE undeliverable_address (
    email      text        NOT NULL,
    person_id  text,
    reply      text        NOT NULL,
    refused_at timestamptz NOT NULL
);
SELECT make_council_table('undeliverable_address');
ALTER TABLE undeliverable_address ADD PRIMARY KEY (council, email);
