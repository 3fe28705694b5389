-- The course catalogue. renewal_months is null when a course never expires.
CREATE TABLE course (
    code           text PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]*$'),
    title          text    NOT NULL,
    description    text    NOT NULL DEFAULT '',
    renewal_months integer CHECK (renewal_months IS NULL OR renewal_months > 0),
    active         boolean NOT NULL DEFAULT true
);

-- The mandatory training named in the Protocol on Councillor/Officer Relations and its action plan.
INSERT INTO course (code, title, description, renewal_months) VALUES
  ('NOLAN_PRINCIPLES', 'Nolan Principles of Public Life',
   'The Seven Principles of Public Life: Selflessness, Integrity, Objectivity, Accountability, Openness, Honesty and Leadership. Delivered by an independent facilitator, to the senior management team and group leaders first.',
   48),
  ('EQUALITY_DIVERSITY', 'Equality and Diversity',
   'Mandatory for staff and, under the action plan, for councillors too.', 36),
  ('POLITICAL_AWARENESS', 'Political Awareness (officers)',
   'Working in a political environment, including the challenges that councillors face. Part of new-starter induction.', NULL),
  ('LEADERSHIP_CONFLICTS', 'Leadership and Conflicts of Interest (councillors)',
   'Understanding and practising good leadership, and recognising where conflicts of interest may occur.', 48),
  ('PLANNING_LICENSING', 'Planning and Licensing Committee Training',
   'Required before sitting on a planning or licensing body (protocol 8.1.5).', 12),
  ('SAFEGUARDING', 'Safeguarding',
   'Safeguarding children and adults at risk.', 36);
