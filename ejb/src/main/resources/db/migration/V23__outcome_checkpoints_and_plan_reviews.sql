-- Outcome checkpoints (issue 6): the answers recorded at each checkpoint milestone of a case
-- (at release, 1, 3, 6, 12 months); and when a case plan was last reviewed. The checkpoint
-- milestones and the plan-review cadence are added to existing programs, and row-level security
-- to the new table, by V24 (Java).
create sequence outcome_checkpoint_seq start with 50 increment by 50;

create table outcome_checkpoint (
    id bigint primary key,
    version bigint not null,
    agency_id bigint not null references agency (id),
    participant_id bigint not null references participant (id),
    checkpoint_code varchar(32) not null,
    due_on date not null,
    recorded_on date not null,
    accommodation varchar(16) not null,
    occupation varchar(24) not null,
    treatment varchar(12) not null,
    gp_registered varchar(8) not null,
    benefits_in_payment varchar(8) not null,
    id_held varchar(8) not null,
    family_contact varchar(8) not null,
    recorded_by varchar(100) not null,
    recorded_at timestamp not null
);
create index outcome_checkpoint_participant_ix on outcome_checkpoint (participant_id);

alter table case_plan add column reviewed_by varchar(100);
alter table case_plan add column reviewed_on date;
