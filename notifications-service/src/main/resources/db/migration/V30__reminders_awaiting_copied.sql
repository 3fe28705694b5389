-- An overdue notice waits a little for the details of the line manager it copies (ReminderDispatcher.COPIED_WAIT);
-- each run of people's details arriving wakes those whose person names one of them as manager
-- (ReminderRepository.releaseAwaitingCopied). Held ones are few (none once the details are in), so an index of just
-- those lets that statement walk them alone, as reminder_awaiting_contact does for the people themselves.
CREATE INDEX reminder_awaiting_copied ON reminder (council, person_id)
    WHERE status = 'PENDING' AND last_error = 'waiting for the details of whoever is copied from training-service';
