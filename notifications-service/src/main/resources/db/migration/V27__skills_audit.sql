-- A skills audit of councillors, as far as its emails need it (copied from training-service's SkillsAuditPublished),
-- and who has answered it (SkillsAuditAnswered): the week-before reminder goes only to those who have not.
CREATE TABLE skills_audit (
    audit_id     uuid        NOT NULL,
    title        text        NOT NULL,
    closes_on    date        NOT NULL,
    skill_count  integer     NOT NULL,
    published_at timestamptz NOT NULL
);
SELECT make_council_table('skills_audit');
ALTER TABLE skills_audit ADD PRIMARY KEY (council, audit_id);

CREATE TABLE skills_audit_answered (
    audit_id    uuid        NOT NULL,
    person_id   text        NOT NULL,
    answered_at timestamptz NOT NULL
);
SELECT make_council_table('skills_audit_answered');
ALTER TABLE skills_audit_answered ADD PRIMARY KEY (council, audit_id, person_id);
