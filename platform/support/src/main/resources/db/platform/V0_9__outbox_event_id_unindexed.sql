-- An event's id is made as the event is written (TimeOrderedIds: the millisecond, then random bits counted on within
-- it), so two events do not share one, and nothing looks an event up by it (the relay reads by the identity column;
-- consumers keep the ids they have processed in their own inbox). Its unique index was only a cost: a btree insert
-- for every event, three for each person a roster import adds.
ALTER TABLE outbox_event DROP CONSTRAINT outbox_event_event_id_key;
