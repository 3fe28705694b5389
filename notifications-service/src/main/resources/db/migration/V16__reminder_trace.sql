-- The W3C traceparent of the change that planned a reminder or, once cancelled, of the change that cancelled it:
-- the email is sent in that trace, so one trace runs from a department's call to the email it causes or cancels.
ALTER TABLE reminder ADD COLUMN trace_parent text;
