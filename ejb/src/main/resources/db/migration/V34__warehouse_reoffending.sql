-- The warehouse's reoffending side: the feed's latest extract date as each load saw it (what is
-- measurable), the events matched to the staged episodes, and the measures' staging.
alter table warehouse.load_run add column feed_extract_date date;

create table warehouse.stage_reoffending (
    load_id bigint not null,
    participant_key bigint not null,
    event_key bigint not null,
    person_key bigint not null,
    agency_key bigint not null,
    program_key bigint not null,
    event_type varchar(16) not null,
    offence_date date,
    outcome_date date,
    custody_start_date date,
    custody_reason varchar(16),
    primary key (load_id, participant_key, event_key)
);

create table warehouse.stage_measure (
    load_id bigint not null,
    cohort varchar(7) not null,
    agency varchar(32) not null,
    program varchar(32) not null,
    members bigint not null,
    measurable bigint not null,
    reoffenders bigint not null,
    rate numeric(6, 4),
    rate_ci_low numeric(6, 4),
    rate_ci_high numeric(6, 4),
    reoffences bigint not null,
    frequency numeric(10, 4),
    mean_days_to_first numeric(8, 1),
    custody_12m bigint not null,
    custody_12m_rate numeric(6, 4),
    measurable_24m bigint not null,
    custody_24m bigint not null,
    custody_24m_rate numeric(6, 4),
    primary key (load_id, cohort, agency, program)
);
