-- What a change changed, before and after (AuditChanges): noted by the domain, written with the call's entry.
ALTER TABLE audit_log ADD COLUMN changes text NOT NULL DEFAULT '';
