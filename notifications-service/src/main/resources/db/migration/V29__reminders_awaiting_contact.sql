-- Each person's details arriving wakes the reminders held for them (ReminderRepository.releaseAwaitingContact), one
-- statement per person imported. Asked also for "due later than now", PostgreSQL walked the council's pending
-- reminders by due time (reminder_pending_due; its statistics taken while a new council had few said that was one row)
-- and filtered them by person: 0.05-1.9 ms a person, varying with the statistics, across seven runs of the bench's
-- 20,000-person import. Held reminders are few (none once the details are in), so an index of just those, by person,
-- answers it at once (5 µs) and costs other writes nothing.
CREATE INDEX reminder_awaiting_contact ON reminder (council, person_id)
    WHERE status = 'PENDING' AND last_error = 'waiting for the details of this person from training-service';
