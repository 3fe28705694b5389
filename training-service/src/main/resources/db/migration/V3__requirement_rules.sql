-- Who must complete which course: every non-null criterion must match the person.
CREATE TABLE requirement_rule (
    id              uuid PRIMARY KEY,
    course_code     text        NOT NULL REFERENCES course (code),
    person_kind     text CHECK (person_kind IN ('OFFICER', 'COUNCILLOR', 'CO_OPTED_MEMBER')),
    role            text,
    department      text,
    due_within_days integer     NOT NULL CHECK (due_within_days > 0),
    active          boolean     NOT NULL DEFAULT true,
    created_at      timestamptz NOT NULL
);

-- The council's starting policy, drawn from the action plan; HR changes it over HTTP.
INSERT INTO requirement_rule (id, course_code, person_kind, role, department, due_within_days, created_at) VALUES
  ('6f1c0a4e-0000-4000-8000-000000000001', 'NOLAN_PRINCIPLES',    NULL,          'chief-officer',       NULL, 60, now()),
  ('6f1c0a4e-0000-4000-8000-000000000002', 'NOLAN_PRINCIPLES',    NULL,          'group-leader',        NULL, 60, now()),
  ('6f1c0a4e-0000-4000-8000-000000000003', 'NOLAN_PRINCIPLES',    'COUNCILLOR',  NULL,                  NULL, 90, now()),
  ('6f1c0a4e-0000-4000-8000-000000000004', 'EQUALITY_DIVERSITY',  'OFFICER',     NULL,                  NULL, 90, now()),
  ('6f1c0a4e-0000-4000-8000-000000000005', 'EQUALITY_DIVERSITY',  'COUNCILLOR',  NULL,                  NULL, 90, now()),
  ('6f1c0a4e-0000-4000-8000-000000000006', 'POLITICAL_AWARENESS', 'OFFICER',     NULL,                  NULL, 90, now()),
  ('6f1c0a4e-0000-4000-8000-000000000007', 'LEADERSHIP_CONFLICTS','COUNCILLOR',  NULL,                  NULL, 180, now()),
  ('6f1c0a4e-0000-4000-8000-000000000008', 'PLANNING_LICENSING',  NULL,          'planning-committee',  NULL, 30, now()),
  ('6f1c0a4e-0000-4000-8000-000000000009', 'PLANNING_LICENSING',  NULL,          'licensing-committee', NULL, 30, now());
