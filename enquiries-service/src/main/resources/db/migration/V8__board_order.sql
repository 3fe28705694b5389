-- The board pages through a council's enquiries in deadline order, answered ones included (issue 18), and reads each
-- page's assignments by enquiry: indexes in those orders.
CREATE INDEX enquiry_by_deadline ON enquiry (council, due_at, reference);
CREATE INDEX enquiry_assignment_enquiry ON enquiry_assignment (council, enquiry_id, assigned_at);
