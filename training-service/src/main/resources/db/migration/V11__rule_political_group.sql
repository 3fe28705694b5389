-- A requirement rule may name a political group (issue 14): "every Labour Group councillor" as well as by kind,
-- role (a committee is a role: planning-committee) and department. Empty: any group.
ALTER TABLE requirement_rule ADD COLUMN political_group text;
