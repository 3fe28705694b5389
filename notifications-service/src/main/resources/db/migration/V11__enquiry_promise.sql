-- What the councillor is told in the acknowledgement: the working days the council promises (null: an event that did
-- not say, from before councils chose their own) and whether the due date is provisional (counted with expected bank
-- holidays, in a year the council's file does not cover yet).
ALTER TABLE enquiry_record ADD COLUMN response_working_days integer;
ALTER TABLE enquiry_record ADD COLUMN deadline_provisional boolean NOT NULL DEFAULT false;
