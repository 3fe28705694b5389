-- Each bounce read from the bounce mailbox, by its own Message-ID: the replica that records it first acts on it, so a
-- bounce read by two replicas at once, or again after a crash, changes the sent-mail log and the address once.
-- The mailbox is the deployment's (its bounces name any council's emails), so these rows are the default council's.
CREATE TABLE bounce_read (
    bounce_id text        NOT NULL,
    read_at   timestamptz NOT NULL
);
SELECT make_council_table('bounce_read');
ALTER TABLE bounce_read ADD PRIMARY KEY (council, bounce_id);
