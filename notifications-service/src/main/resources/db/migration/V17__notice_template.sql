-- The wording of each kind of email, as a council's admin edits it (docs/tenancy.md, "A council's own settings"). Every
-- save is a new version, kept; the highest version of a kind is what its emails use. No row: the platform's wording.
CREATE TABLE notice_template (
    id       uuid        PRIMARY KEY,
    kind     text        NOT NULL,
    version  integer     NOT NULL CHECK (version > 0),
    subject  text        NOT NULL CHECK (length(subject) BETWEEN 1 AND 200),
    body     text        NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
    saved_at timestamptz NOT NULL,
    saved_by text        NOT NULL
);
SELECT make_council_table('notice_template');
-- two admins saving at once cannot both make version 3: the second is refused and told to look again
ALTER TABLE notice_template ADD CONSTRAINT notice_template_version UNIQUE (council, kind, version);
