-- A course's renewal window (issue 14): renewing within this many days before the current completion expires keeps
-- the expiry's anniversary (Totara's "certification expiry date" rule); renewing late, or before the window opens,
-- counts from the day of completion. Empty: always from the day of completion, as before.
ALTER TABLE course ADD COLUMN renewal_window_days integer CHECK (renewal_window_days BETWEEN 1 AND 365);
