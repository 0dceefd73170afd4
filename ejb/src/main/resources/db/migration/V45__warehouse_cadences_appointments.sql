-- DESIGN.md's cadence compliance and appointment attendance as service levels: each episode's
-- cadence slots ended so far and those kept; appointments with their outcome recorded (an outcome
-- is recorded once and never changes after: its time is the watermark, indexed).
alter table warehouse.fact_case_episode add column cadence_slots_ended int default 0 not null;
alter table warehouse.fact_case_episode add column cadence_slots_done int default 0 not null;
alter table warehouse.stage_episode add column cadence_slots_ended int default 0 not null;
alter table warehouse.stage_episode add column cadence_slots_done int default 0 not null;

create table warehouse.fact_appointment (
    appointment_key bigint primary key,
    participant_key bigint not null,
    appointment_on date not null,
    kind varchar(20) not null,
    attendance varchar(16) not null,
    punctuality varchar(8),
    mentor_attends boolean not null
);
create index fact_appointment_participant_ix on warehouse.fact_appointment (participant_key);

create table warehouse.stage_appointment (
    load_id bigint not null,
    appointment_key bigint not null,
    participant_key bigint not null,
    appointment_on date not null,
    kind varchar(20) not null,
    attendance varchar(16) not null,
    punctuality varchar(8),
    mentor_attends boolean not null,
    primary key (load_id, appointment_key)
);

create index appointment_outcome_ix on appointment (outcome_at);
