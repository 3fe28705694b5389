-- GOV.UK Notify's delivery receipts (issue 15) join the sent-mail log: an email Notify delivered is logged DELIVERED
-- beside its send, and a receipt finds its email by Message-ID.
ALTER TABLE sent_mail DROP CONSTRAINT sent_mail_status_check;
ALTER TABLE sent_mail ADD CONSTRAINT sent_mail_status_check CHECK (status IN ('SENT', 'FAILED', 'DELIVERED'));
CREATE INDEX sent_mail_message ON sent_mail (council, message_id);
