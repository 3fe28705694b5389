-- Each person may choose per topic: training reminders and action-plan reminders apart. A topic with no choice of
-- its own follows `delivery` (so every choice made before keeps its meaning, in every council, with nothing copied).
ALTER TABLE preference ADD COLUMN training_delivery text CHECK (training_delivery IN ('IMMEDIATE', 'WEEKLY_DIGEST'));
ALTER TABLE preference ADD COLUMN actions_delivery  text CHECK (actions_delivery IN ('IMMEDIATE', 'WEEKLY_DIGEST'));
