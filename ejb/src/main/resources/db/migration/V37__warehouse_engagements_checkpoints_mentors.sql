-- Engagements and outcome checkpoints keyed by their enrolment only: its agency, region and program
-- (type 2) and the days from release are read through dim_participant and fact_case_episode, so an
-- incremental load, which does not read old engagements again, still equals a full load.
drop table warehouse.fact_engagement;
create table warehouse.fact_engagement (
    engagement_key bigint primary key,
    participant_key bigint not null,
    engaged_on date not null,
    kind varchar(32) not null,
    attendance varchar(16) not null,
    punctuality varchar(8),
    duration_minutes int,
    with_mentor boolean not null,
    awaiting_sign_off boolean not null
);
create index fact_engagement_participant_ix on warehouse.fact_engagement (participant_key, engaged_on);

drop table warehouse.fact_outcome_checkpoint;
create table warehouse.fact_outcome_checkpoint (
    participant_key bigint not null,
    checkpoint_key bigint not null,
    checkpoint_code varchar(32) not null,
    due_on date not null,
    recorded_on date not null,
    accommodation varchar(20) not null,
    occupation varchar(24) not null,
    treatment varchar(16) not null,
    gp_registered varchar(8) not null,
    benefits_in_payment varchar(8) not null,
    id_held varchar(8) not null,
    family_contact varchar(8) not null,
    primary key (participant_key, checkpoint_key)
);

create table warehouse.stage_engagement (
    load_id bigint not null,
    engagement_key bigint not null,
    participant_key bigint not null,
    engaged_on date not null,
    kind varchar(32) not null,
    attendance varchar(16) not null,
    punctuality varchar(8),
    duration_minutes int,
    with_mentor boolean not null,
    awaiting_sign_off boolean not null,
    primary key (load_id, engagement_key)
);

create table warehouse.stage_checkpoint (
    load_id bigint not null,
    participant_key bigint not null,
    checkpoint_key bigint not null,
    checkpoint_code varchar(32) not null,
    due_on date not null,
    recorded_on date not null,
    accommodation varchar(20) not null,
    occupation varchar(24) not null,
    treatment varchar(16) not null,
    gp_registered varchar(8) not null,
    benefits_in_payment varchar(8) not null,
    id_held varchar(8) not null,
    family_contact varchar(8) not null,
    primary key (load_id, participant_key, checkpoint_key)
);

-- Mentors are staged whole at every load, agency by agency (a few hundred each).
create table warehouse.stage_mentor (
    load_id bigint not null,
    mentor_key bigint not null,
    agency_key bigint not null,
    region_key bigint,
    mentor_type varchar(20) not null,
    status varchar(16) not null,
    former_participant boolean not null,
    recruited_on date not null,
    vetted boolean not null,
    trained boolean not null,
    supervision_sessions int not null,
    debriefs int not null,
    exited_on date,
    primary key (load_id, mentor_key)
);

-- The day a mentor left, for the mentor pipeline (earlier exits: the day their record last changed).
alter table mentor add column exited_on date;
update mentor set exited_on = cast(updated_at as date) where status = 'EXITED';

create table warehouse.stage_service_level (
    load_id bigint not null,
    month_start date not null,
    agency_key bigint not null,
    program_key bigint not null,
    region_key bigint not null,
    measure varchar(40) not null,
    numerator bigint not null,
    denominator bigint not null,
    primary key (load_id, month_start, agency_key, program_key, region_key, measure)
);
