-- A councillor's ward (an optional roster column): a new councillor's buddy is suggested from their own ward first.
ALTER TABLE person ADD COLUMN ward text;
