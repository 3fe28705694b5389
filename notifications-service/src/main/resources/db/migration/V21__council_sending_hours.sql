-- A council's own sending hours (empty: the deployment's notifications.send-window), set by its admin with the rest of
-- how its emails speak. Both or neither, the close after the opening.
ALTER TABLE council_voice ADD COLUMN send_opens time, ADD COLUMN send_closes time,
    ADD CONSTRAINT council_voice_sending_hours CHECK ((send_opens IS NULL) = (send_closes IS NULL) AND send_closes > send_opens);
