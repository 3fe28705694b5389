-- The skills audit of councillors (issue 14): HR publishes the skills and the level the council needs in each;
-- councillors rate themselves from 1 to 4; a rating below the level needed is a gap, which makes the skill's course
-- suggested or required (an assignment, made when the councillor answers).
CREATE TABLE skills_audit (
    id           uuid        NOT NULL,
    title        text        NOT NULL,
    closes_on    date        NOT NULL,
    gap_due_days integer     NOT NULL CHECK (gap_due_days BETWEEN 1 AND 365),
    published_by text        NOT NULL,
    published_at timestamptz NOT NULL
);
SELECT make_council_table('skills_audit');
ALTER TABLE skills_audit ADD PRIMARY KEY (council, id);

CREATE TABLE skills_audit_skill (
    id                  uuid    NOT NULL,
    audit_id            uuid    NOT NULL,
    position            integer NOT NULL CHECK (position >= 0),
    name                text    NOT NULL,
    description         text    NOT NULL DEFAULT '',
    needed_level        integer NOT NULL CHECK (needed_level BETWEEN 1 AND 4),
    course_code         text,
    gap_requires_course boolean NOT NULL DEFAULT false
);
SELECT make_council_table('skills_audit_skill');
ALTER TABLE skills_audit_skill ADD PRIMARY KEY (council, id);
ALTER TABLE skills_audit_skill ADD FOREIGN KEY (council, audit_id) REFERENCES skills_audit (council, id);
ALTER TABLE skills_audit_skill ADD UNIQUE (council, audit_id, position);
ALTER TABLE skills_audit_skill ADD FOREIGN KEY (council, course_code) REFERENCES course (council, code);

CREATE TABLE skills_audit_rating (
    id          uuid        NOT NULL,
    audit_id    uuid        NOT NULL,
    person_id   text        NOT NULL,
    position    integer     NOT NULL,
    level       integer     NOT NULL CHECK (level BETWEEN 1 AND 4),
    answered_at timestamptz NOT NULL
);
SELECT make_council_table('skills_audit_rating');
ALTER TABLE skills_audit_rating ADD PRIMARY KEY (council, id);
ALTER TABLE skills_audit_rating ADD FOREIGN KEY (council, audit_id, position) REFERENCES skills_audit_skill (council, audit_id, position);
ALTER TABLE skills_audit_rating ADD FOREIGN KEY (council, person_id) REFERENCES person (council, id);
ALTER TABLE skills_audit_rating ADD UNIQUE (council, audit_id, person_id, position);
