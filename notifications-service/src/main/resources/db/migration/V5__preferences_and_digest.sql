-- How each person wants to be kept up to date (the protocol's action plan asks officers to consult councillors).
CREATE TABLE preference (
    person_id  text PRIMARY KEY,
    delivery   text        NOT NULL CHECK (delivery IN ('IMMEDIATE', 'WEEKLY_DIGEST')),
    updated_at timestamptz NOT NULL
);

-- A reminder held for someone's weekly digest, as it would have been written; sent with the others on Monday.
CREATE TABLE digest_item (
    id          uuid PRIMARY KEY,
    person_id   text        NOT NULL,
    reminder_id uuid        NOT NULL UNIQUE REFERENCES reminder (id),
    recipient   text        NOT NULL,
    subject     text        NOT NULL,
    body        text        NOT NULL,
    held_at     timestamptz NOT NULL,
    sent_at     timestamptz
);
CREATE INDEX digest_item_unsent ON digest_item (person_id) WHERE sent_at IS NULL;

-- A reminder put into a digest is neither pending nor sent on its own.
ALTER TABLE reminder DROP CONSTRAINT reminder_status_check;
ALTER TABLE reminder ADD CONSTRAINT reminder_status_check CHECK (status IN ('PENDING', 'SENT', 'CANCELLED', 'SKIPPED', 'DIGESTED'));
