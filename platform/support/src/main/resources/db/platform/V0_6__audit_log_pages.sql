-- The audit log is read a page at a time, newest first, by id within the council (AuditRepository.page): an index in
-- that order, so an older page of a council sharing the table with fifty others reads only its own entries.
CREATE INDEX audit_log_council_id ON audit_log (council, id DESC);
