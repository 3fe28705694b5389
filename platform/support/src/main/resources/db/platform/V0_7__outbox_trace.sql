-- The W3C traceparent of the change an event describes, sent with it (CloudEvents' traceparent extension) so that a
-- consumer's work continues the same trace. Null for events written outside any trace.
ALTER TABLE outbox_event ADD COLUMN trace_parent text;
