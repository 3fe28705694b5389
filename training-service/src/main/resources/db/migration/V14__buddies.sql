-- Buddies for new councillors (issue 14): HR pairs a new councillor with an experienced one for six months, and the
-- pair's check-ins are kept. A pairing HR ends is kept too, with who ended it and why.
CREATE TABLE buddy_pairing (
    id              uuid        NOT NULL,
    newcomer_id     text        NOT NULL,
    buddy_id        text        NOT NULL CHECK (buddy_id <> newcomer_id),
    starts_on       date        NOT NULL,
    check_ins_until date        NOT NULL CHECK (check_ins_until > starts_on),
    paired_by       text        NOT NULL,
    paired_at       timestamptz NOT NULL,
    ended_by        text,
    ended_at        timestamptz,
    end_reason      text
);
SELECT make_council_table('buddy_pairing');
ALTER TABLE buddy_pairing ADD PRIMARY KEY (council, id);
ALTER TABLE buddy_pairing ADD FOREIGN KEY (council, newcomer_id) REFERENCES person (council, id);
ALTER TABLE buddy_pairing ADD FOREIGN KEY (council, buddy_id) REFERENCES person (council, id);
-- one buddy at a time for a new councillor
CREATE UNIQUE INDEX buddy_pairing_one_current ON buddy_pairing (council, newcomer_id) WHERE ended_at IS NULL;
CREATE INDEX buddy_pairing_buddy ON buddy_pairing (council, buddy_id) WHERE ended_at IS NULL;

CREATE TABLE buddy_check_in (
    id          uuid        NOT NULL,
    pairing_id  uuid        NOT NULL,
    held_on     date        NOT NULL,
    note        text,
    recorded_by text        NOT NULL,
    recorded_at timestamptz NOT NULL
);
SELECT make_council_table('buddy_check_in');
ALTER TABLE buddy_check_in ADD PRIMARY KEY (council, id);
ALTER TABLE buddy_check_in ADD FOREIGN KEY (council, pairing_id) REFERENCES buddy_pairing (council, id);
CREATE INDEX buddy_check_in_pairing ON buddy_check_in (council, pairing_id, held_on);
