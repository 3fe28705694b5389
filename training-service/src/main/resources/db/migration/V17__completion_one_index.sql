-- A completion is unique on its council, person, course and day; the latest-first reads (a person's record, the
-- compliance matrix's DISTINCT ON, a renewal's current expiry) wanted the same columns with the day descending, so the
-- table kept two indexes on the same four columns and every completion recorded wrote an entry in each. One unique
-- index in the order those reads want serves both.
ALTER TABLE completion DROP CONSTRAINT completion_council_person_id_course_code_completed_on_key;
DROP INDEX completion_person_course;
CREATE UNIQUE INDEX completion_once_a_day ON completion (council, person_id, course_code, completed_on DESC);
