-- A progress update's wording corrected (issue 16): what it said before, why, by whom and when; the update itself
-- holds the corrected wording, which the committee report shows.
CREATE TABLE progress_revision (
    id           uuid        NOT NULL,
    progress_id  uuid        NOT NULL,
    narrative    text        NOT NULL,
    reason       text        NOT NULL,
    corrected_by text        NOT NULL,
    corrected_at timestamptz NOT NULL
);
SELECT make_council_table('progress_revision');
ALTER TABLE progress_revision ADD PRIMARY KEY (council, id);
CREATE INDEX progress_revision_of ON progress_revision (council, progress_id, corrected_at);
