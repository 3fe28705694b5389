-- Each action as it stood on a day (kept each hour, the day's last reading winning): the committee report for a past
-- period shows an action's status, RAG and live figure as at the period's end, not today's; the figures make a trend.
CREATE TABLE action_standing (
    id               uuid             PRIMARY KEY,
    action_id        uuid             NOT NULL,
    stood_on         date             NOT NULL,
    status           text             NOT NULL,
    rag              text             NOT NULL,
    progress_percent integer          NOT NULL,
    evidence         text             NOT NULL,
    evidence_value   double precision,
    taken_at         timestamptz      NOT NULL
);
SELECT make_council_table('action_standing');
ALTER TABLE action_standing ADD CONSTRAINT action_standing_day UNIQUE (council, action_id, stood_on);
