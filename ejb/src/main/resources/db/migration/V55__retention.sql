-- Retention: each agency keeps a case's personal data this many months after the case ended, then
-- the nightly sweep de-identifies it (the warehouse keeps its pseudonymous facts).
alter table agency add column retention_months integer default 84 not null;
alter table agency add constraint agency_retention_ck check (retention_months between 24 and 600);
alter table participant add column deidentified_on date;
create index participant_exit_ix on participant (agency_id, exit_date);
