-- The compliance matrix pages through a council's active people in name order (issue 18): an index in that order
-- lets a page be read without sorting the whole roster.
CREATE INDEX person_active_by_name ON person (council, full_name, id) WHERE active;
