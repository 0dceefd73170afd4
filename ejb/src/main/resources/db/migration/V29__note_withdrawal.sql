-- A note written in error (wrong case, wrong person) is withdrawn: no longer current, kept with who, when and why.
alter table case_note add column withdrawn_by varchar(100);
alter table case_note add column withdrawn_at timestamp;
alter table case_note add column withdrawal_reason varchar(500);
