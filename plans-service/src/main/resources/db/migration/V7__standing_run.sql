-- Which replica keeps a council's standings each round: the first to claim the run; the others see it claimed and
-- leave it (every scheduled job runs its work once, not once per replica).
CREATE TABLE standing_run (
    started_at timestamptz NOT NULL
);
SELECT make_council_table('standing_run');
ALTER TABLE standing_run ADD PRIMARY KEY (council);
