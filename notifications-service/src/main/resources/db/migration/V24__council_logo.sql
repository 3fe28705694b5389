-- The council's logo for the console's header, as its admin uploaded it: a PNG or JPEG of at most 100 KB, one a council.
CREATE TABLE council_logo (
    content      bytea       NOT NULL CHECK (octet_length(content) BETWEEN 1 AND 102400),
    content_type text        NOT NULL CHECK (content_type IN ('image/png', 'image/jpeg')),
    width        integer     NOT NULL CHECK (width > 0),
    height       integer     NOT NULL CHECK (height > 0),
    updated_at   timestamptz NOT NULL,
    updated_by   text        NOT NULL
);
SELECT make_council_table('council_logo');
ALTER TABLE council_logo ADD PRIMARY KEY (council);
