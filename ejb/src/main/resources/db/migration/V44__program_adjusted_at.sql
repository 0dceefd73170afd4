-- When a program's milestones, cadences or durations were last adjusted: the plan of every case in
-- it changed then, closed ones too, so the next warehouse load reads them all again.
alter table program add column adjusted_at timestamp;
