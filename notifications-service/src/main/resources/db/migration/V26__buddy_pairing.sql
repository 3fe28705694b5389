-- A new councillor and their buddy, as far as their emails need it (copied from training-service's BuddyPaired,
-- BuddyCheckInRecorded and BuddyPairingEnded events): a check-in reminder is not sent when the pair met lately.
CREATE TABLE buddy_pairing (
    pairing_id      uuid        NOT NULL,
    newcomer_id     text        NOT NULL,
    newcomer_name   text        NOT NULL,
    buddy_id        text        NOT NULL,
    buddy_name      text        NOT NULL,
    starts_on       date        NOT NULL,
    check_ins_until date        NOT NULL,
    ended           boolean     NOT NULL,
    last_check_in   date,
    updated_at      timestamptz NOT NULL
);
SELECT make_council_table('buddy_pairing');
ALTER TABLE buddy_pairing ADD PRIMARY KEY (council, pairing_id);
