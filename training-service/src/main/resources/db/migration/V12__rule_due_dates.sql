-- Due dates of every kind (issue 14). A rule's due date runs from the person's start (as before), from the day it
-- is assigned, to the next fixed day of the year ("by 31 March", due_by as MM-DD, due_within_days then the least
-- notice, from 0), or from completing another course (after_course: assigned only once that course is done).
ALTER TABLE requirement_rule
    ADD COLUMN due_from text NOT NULL DEFAULT 'STARTING'
        CHECK (due_from IN ('STARTING', 'ASSIGNED', 'FIXED_DATE', 'AFTER_COURSE')),
    ADD COLUMN due_by text CHECK (due_by ~ '^[01][0-9]-[0-3][0-9]$'),
    ADD COLUMN after_course text;
ALTER TABLE requirement_rule
    DROP CONSTRAINT requirement_rule_due_within_days_check,
    ADD CONSTRAINT requirement_rule_due_within_days_check CHECK (due_within_days >= 0),
    ADD CONSTRAINT requirement_rule_due_kind CHECK ((due_from = 'FIXED_DATE') = (due_by IS NOT NULL)
        AND (due_from = 'AFTER_COURSE') = (after_course IS NOT NULL));
