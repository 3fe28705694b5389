-- The post a person holds, as HR writes it: action plans name owners by role ("Director of Law and Governance").
ALTER TABLE person ADD COLUMN job_title text;
