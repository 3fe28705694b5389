-- HR's corrections of recorded completions (issue 14): a completion may be corrected (date, provider, evidence) or
-- withdrawn; a withdrawn one is kept, flagged, and no longer counts. Each correction keeps what was before and after,
-- who and when, and why.
ALTER TABLE completion ADD COLUMN withdrawn boolean NOT NULL DEFAULT false;

CREATE TABLE completion_correction (
    id                  uuid        NOT NULL,
    completion_id       uuid        NOT NULL,
    person_id           text        NOT NULL,
    course_code         text        NOT NULL,
    kind                text        NOT NULL CHECK (kind IN ('CORRECTED', 'WITHDRAWN')),
    reason              text        NOT NULL,
    before_completed_on date        NOT NULL,
    before_provider     text        NOT NULL,
    before_evidence     text        NOT NULL,
    after_completed_on  date,
    after_provider      text,
    after_evidence      text,
    corrected_by        text        NOT NULL,
    corrected_at        timestamptz NOT NULL
);
SELECT make_council_table('completion_correction');
ALTER TABLE completion_correction ADD PRIMARY KEY (council, id);
ALTER TABLE completion_correction ADD FOREIGN KEY (council, person_id) REFERENCES person (council, id);
CREATE INDEX completion_correction_person ON completion_correction (council, person_id, corrected_at DESC);
