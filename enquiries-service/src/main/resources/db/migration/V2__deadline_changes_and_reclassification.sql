-- 9.1.8: an enquiry that is really a constituent complaint leaves the enquiry statistics.
ALTER TABLE enquiry DROP CONSTRAINT enquiry_status_check;
ALTER TABLE enquiry ADD CONSTRAINT enquiry_status_check CHECK (status IN ('OPEN', 'RESPONDED', 'RECLASSIFIED'));
ALTER TABLE enquiry ADD COLUMN complaint_reference text;

-- 9.1.7 holding replies and 9.1.11 agreed alternative deadlines: each change of deadline, kept for reporting
-- (the enquiry keeps its original due date too).
CREATE TABLE deadline_change (
    id                 uuid PRIMARY KEY,
    enquiry_id         uuid        NOT NULL REFERENCES enquiry (id),
    kind               text        NOT NULL CHECK (kind IN ('HOLDING_REPLY', 'AGREED_ALTERNATIVE', 'REOPENED')),
    reason             text        NOT NULL,
    action_being_taken text,
    new_due_date       date        NOT NULL,
    agreed_with        text,
    recorded_by        text        NOT NULL,
    recorded_at        timestamptz NOT NULL
);
CREATE INDEX deadline_change_enquiry ON deadline_change (enquiry_id, recorded_at);
