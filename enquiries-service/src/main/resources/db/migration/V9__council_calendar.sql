-- A council's own working calendar, as its admin sets it (docs/tenancy.md, "A council's own settings"). A column
-- left empty is the configured value (enquiries.calendars.<council>.*, else the deployment's enquiries.calendar.*).
CREATE TABLE council_calendar (
    division              text CHECK (division IN ('england-and-wales', 'scotland', 'northern-ireland')),
    closes_at             time,
    response_working_days integer CHECK (response_working_days BETWEEN 1 AND 30),
    updated_at            timestamptz NOT NULL,
    updated_by            text        NOT NULL
);
SELECT make_council_table('council_calendar');
ALTER TABLE council_calendar ADD PRIMARY KEY (council);
