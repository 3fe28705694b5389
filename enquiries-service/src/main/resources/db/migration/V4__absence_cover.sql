-- 9.1.6: an officer away for more than a working day has their enquiries covered by a colleague.
CREATE TABLE officer_absence (
    id               uuid PRIMARY KEY,
    officer_id       text        NOT NULL,
    starts_on        date        NOT NULL,
    ends_on          date        NOT NULL CHECK (ends_on >= starts_on),
    cover_officer_id text        NOT NULL,
    recorded_by      text        NOT NULL,
    applied_at       timestamptz,
    created_at       timestamptz NOT NULL
);
CREATE INDEX officer_absence_officer ON officer_absence (officer_id, starts_on, ends_on);
