-- A reminder's notice as columns instead of one encoded string: kind (DUE_SOON, not "DUE_SOON@2026-12-14:EM-0205"),
-- the deadline it is about and the occasion it marks. The recipient was already person_id.
ALTER TABLE reminder ADD COLUMN deadline date, ADD COLUMN occasion timestamptz;

UPDATE reminder SET
    deadline = substring(kind FROM '@([0-9]{4}-[0-9]{2}-[0-9]{2})')::date,
    occasion = CASE WHEN kind ~ '@[0-9]+$' THEN to_timestamp(substring(kind FROM '@([0-9]+)$')::bigint) END,
    kind     = substring(kind FROM '^[A-Z0-9_]+')
WHERE kind ~ '[@:#]';

-- Each notice goes once to each person about each subject. NULLS NOT DISTINCT (PostgreSQL 15+): a notice with no
-- deadline is the same notice twice, not two.
ALTER TABLE reminder DROP CONSTRAINT reminder_subject_type_subject_id_kind_key;
ALTER TABLE reminder ADD CONSTRAINT reminder_once
    UNIQUE NULLS NOT DISTINCT (subject_type, subject_id, person_id, kind, deadline, occasion);
