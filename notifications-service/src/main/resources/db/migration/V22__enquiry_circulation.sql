-- The councillors an enquiry's circulation list names (roster ids, from EnquiryLogged): the response is copied to them
-- (protocol 9.1.14), unless the enquiry is confidential.
ALTER TABLE enquiry_record ADD COLUMN circulation text[] NOT NULL DEFAULT '{}';
