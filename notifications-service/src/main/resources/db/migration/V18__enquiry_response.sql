-- The substantive response, as enquiries-service announced it, for the councillor's "answered" email. Empty for a
-- confidential enquiry: its text never leaves enquiries-service.
ALTER TABLE enquiry_record ADD COLUMN response text;
