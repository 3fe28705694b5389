-- Files that came with an enquiry (an uploaded .eml's attachments). May hold personal data: the Hub and the
-- assigned department only.
CREATE TABLE enquiry_attachment (
    id           uuid PRIMARY KEY,
    enquiry_id   uuid    NOT NULL REFERENCES enquiry (id),
    filename     text    NOT NULL,
    content_type text    NOT NULL,
    size_bytes   integer NOT NULL,
    content      bytea   NOT NULL
);
CREATE INDEX enquiry_attachment_enquiry ON enquiry_attachment (enquiry_id);
