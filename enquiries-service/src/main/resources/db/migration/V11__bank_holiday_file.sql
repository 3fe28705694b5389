-- The GOV.UK bank-holidays file as last fetched on schedule (enquiries.calendar.refresh-url): one for the deployment,
-- shared by its replicas. Like the bundled copy it is no council's own, so it has no council column.
CREATE TABLE bank_holiday_file (
    id         integer     PRIMARY KEY CHECK (id = 1),
    content    bytea       NOT NULL,
    sha256     text        NOT NULL,
    source     text        NOT NULL,
    last_year  integer     NOT NULL,
    fetched_at timestamptz NOT NULL
);
