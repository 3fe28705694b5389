-- Protocol 9.1.13: a co-opted member's access is limited to the remit of the body they are appointed to. The roster's
-- roles say which bodies (a committee is a role, "standards-committee"); each body's remit is the enquiry categories
-- the Monitoring Officer records for it.
ALTER TABLE councillor ADD COLUMN roles text[] NOT NULL DEFAULT '{}';

CREATE TABLE body_remit (
    body       text        NOT NULL CHECK (length(body) BETWEEN 1 AND 100),
    categories text[]      NOT NULL,
    updated_at timestamptz NOT NULL,
    updated_by text        NOT NULL
);
SELECT make_council_table('body_remit');
ALTER TABLE body_remit ADD PRIMARY KEY (council, body);
