-- A council-wide renewal cycle ("every councillor renews the Nolan training each May after the elections"): the
-- first day renewals fall due; later ones every renewal_months after it. Empty: each completion counts from its day.
ALTER TABLE course ADD COLUMN renews_by date;
