-- The board's search (issue 18): a text anywhere in an enquiry's subject or reference, found through a trigram index
-- rather than by reading every enquiry. pg_trgm is a trusted extension (PostgreSQL 13 and later), so the schema's
-- owner may create it; it is created in this service's schema, the first on Flyway's search path.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX enquiry_search ON enquiry USING gin (subject gin_trgm_ops, reference gin_trgm_ops);
