-- HR corrected or withdrew a recorded completion (training-service's CompletionCorrected and CompletionWithdrawn), as
-- far as the person's email about it needs: one row per change, its id named from the change so a redelivered event
-- finds the row it made.
CREATE TABLE completion_change (
    id                  uuid        NOT NULL,
    completion_id       uuid        NOT NULL,
    person_id           text        NOT NULL,
    course_code         text        NOT NULL,
    kind                text        NOT NULL CHECK (kind IN ('CORRECTED', 'WITHDRAWN')),
    before_completed_on date        NOT NULL,
    after_completed_on  date,
    reason              text        NOT NULL,
    changed_at          timestamptz NOT NULL
);
SELECT make_council_table('completion_change');
ALTER TABLE completion_change ADD PRIMARY KEY (council, id);
