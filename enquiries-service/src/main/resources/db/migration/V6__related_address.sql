-- Where the matter is (a street, a property), as distinct from the constituent's own address.
ALTER TABLE enquiry ADD COLUMN related_address text;
