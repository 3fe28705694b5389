-- A councillor has no line manager: their overdue training is copied to their political group's leader.
ALTER TABLE contact ADD COLUMN political_group text;
ALTER TABLE contact ADD COLUMN roles text[] NOT NULL DEFAULT '{}';
