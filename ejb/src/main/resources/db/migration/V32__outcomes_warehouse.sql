-- The outcomes warehouse (docs/WAREHOUSE.md): a star schema of its own, loaded only by the nightly
-- warehouse-load job, read only by dashboards and reports. No name, justice id, date of birth or
-- operational id of a case record is stored here: participants, people, engagements, checkpoints
-- and events appear under keyed pseudonyms (HMAC-SHA-256 with a key the warehouse never holds).
create schema warehouse;

-- One row per load: what it covered and whether it is published. Readers read published data only:
-- a load writes its staging tables first and publishes in one transaction.
create table warehouse.load_run (
    id bigint primary key,
    kind varchar(12) not null,
    as_of date not null,
    changed_since timestamp,
    changed_until timestamp not null,
    status varchar(12) not null,
    started_at timestamp not null,
    published_at timestamp,
    episodes bigint not null default 0,
    engagements bigint not null default 0,
    checkpoints bigint not null default 0,
    reoffending_events bigint not null default 0,
    constraint load_run_kind_ck check (kind in ('FULL', 'INCREMENTAL')),
    constraint load_run_status_ck check (status in ('STAGING', 'PUBLISHED', 'FAILED'))
);

create table warehouse.dim_date (
    calendar_day date primary key,
    year_no int not null,
    quarter_label varchar(7) not null,
    month_label varchar(7) not null,
    day_of_week int not null
);

create table warehouse.dim_agency (
    agency_key bigint primary key,
    code varchar(32) not null,
    name varchar(200) not null
);

create table warehouse.dim_region (
    region_key bigint primary key,
    agency_key bigint not null references warehouse.dim_agency (agency_key),
    code varchar(32) not null,
    name varchar(200) not null
);

create table warehouse.dim_program (
    program_key bigint primary key,
    agency_key bigint not null references warehouse.dim_agency (agency_key),
    code varchar(32) not null,
    name varchar(200) not null,
    template_code varchar(32) not null
);

create table warehouse.dim_mentor (
    mentor_key bigint primary key,
    agency_key bigint not null references warehouse.dim_agency (agency_key),
    region_key bigint references warehouse.dim_region (region_key),
    mentor_type varchar(20) not null,
    status varchar(16) not null,
    former_participant boolean not null,
    recruited_on date not null,
    vetted boolean not null,
    trained boolean not null,
    supervision_sessions int not null,
    debriefs int not null,
    exited_on date
);

create table warehouse.dim_vulnerability (
    vulnerability_key varchar(32) primary key,
    label varchar(100) not null
);

create table warehouse.dim_pathway (
    pathway_key varchar(24) primary key,
    label varchar(100) not null
);

-- A participant (one enrolment) under its pseudonym; region and program are slowly changing (type 2):
-- a new row from the day a load sees them change, the old one closed the day before.
create table warehouse.dim_participant (
    participant_key bigint not null,
    valid_from date not null,
    valid_to date not null,
    is_current boolean not null,
    person_key bigint not null,
    agency_key bigint not null references warehouse.dim_agency (agency_key),
    region_key bigint not null references warehouse.dim_region (region_key),
    program_key bigint not null references warehouse.dim_program (program_key),
    gender varchar(1) not null,
    indigenous_status varchar(32),
    age_band varchar(8),
    primary key (participant_key, valid_from)
);

create table warehouse.bridge_participant_vulnerability (
    participant_key bigint not null,
    vulnerability_key varchar(32) not null references warehouse.dim_vulnerability (vulnerability_key),
    primary key (participant_key, vulnerability_key)
);

-- One row per enrolment with its milestone dates and status as of the last load.
create table warehouse.fact_case_episode (
    participant_key bigint primary key,
    person_key bigint not null,
    agency_key bigint not null,
    region_key bigint not null,
    program_key bigint not null,
    referral_date date not null,
    referral_lead_days int,
    expected_release_date date not null,
    actual_release_date date,
    exit_date date,
    exit_type varchar(16),
    exit_reason varchar(32),
    phase varchar(16) not null,
    case_plan_agreed_on date,
    first_pre_release_contact_on date,
    gate_meeting_on date,
    orientation_on date,
    first_steps_engagements int not null,
    retained_3m boolean,
    retained_6m boolean,
    retained_12m boolean,
    returns_to_custody int not null
);

-- Every milestone of an episode's program: due, done, and its state as of the load.
create table warehouse.fact_episode_milestone (
    participant_key bigint not null,
    milestone_code varchar(32) not null,
    due_on date not null,
    done_on date,
    state varchar(12) not null,
    primary key (participant_key, milestone_code)
);

-- Each release of an enrolment (a return to custody and a new release make a second): the cohorts.
create table warehouse.fact_release (
    participant_key bigint not null,
    release_date date not null,
    person_key bigint not null,
    agency_key bigint not null,
    program_key bigint not null,
    region_key bigint not null,
    primary key (participant_key, release_date)
);

create table warehouse.fact_engagement (
    engagement_key bigint primary key,
    participant_key bigint not null,
    agency_key bigint not null,
    program_key bigint not null,
    region_key bigint not null,
    engaged_on date not null,
    kind varchar(32) not null,
    attendance varchar(16) not null,
    punctuality varchar(8),
    duration_minutes int,
    days_from_release int
);

create table warehouse.fact_outcome_checkpoint (
    checkpoint_key bigint primary key,
    participant_key bigint not null,
    agency_key bigint not null,
    program_key bigint not null,
    region_key bigint not null,
    checkpoint_code varchar(32) not null,
    due_on date not null,
    recorded_on date not null,
    accommodation varchar(20) not null,
    occupation varchar(24) not null,
    treatment varchar(16) not null,
    gp_registered varchar(8) not null,
    benefits_in_payment varchar(8) not null,
    id_held varchar(8) not null,
    family_contact varchar(8) not null
);

-- A feed event matched to an enrolment by the person's justice id (one row per enrolment it concerns).
create table warehouse.fact_reoffending_event (
    event_key bigint not null,
    participant_key bigint not null,
    person_key bigint not null,
    agency_key bigint not null,
    program_key bigint not null,
    event_type varchar(16) not null,
    offence_date date,
    outcome_date date,
    custody_start_date date,
    custody_reason varchar(16),
    primary key (event_key, participant_key)
);

-- Service levels per month, agency, program and region: numerator over denominator per measure.
create table warehouse.fact_service_level (
    month_start date not null,
    agency_key bigint not null,
    program_key bigint not null,
    region_key bigint not null,
    measure varchar(40) not null,
    numerator bigint not null,
    denominator bigint not null,
    primary key (month_start, agency_key, program_key, region_key, measure)
);

-- FORMATS.md §3, unsuppressed (the commissioners' view suppresses when it reads): one row per
-- (cohort, agency, program), with ALL for the totals.
create table warehouse.measure_reoffending (
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
    primary key (cohort, agency, program)
);

-- Staging: what a load read from the operational database, by load; published in one transaction.
create table warehouse.stage_agency (
    load_id bigint not null,
    agency_key bigint not null,
    code varchar(32) not null,
    name varchar(200) not null,
    primary key (load_id, agency_key)
);

create table warehouse.stage_region (
    load_id bigint not null,
    region_key bigint not null,
    agency_key bigint not null,
    code varchar(32) not null,
    name varchar(200) not null,
    primary key (load_id, region_key)
);

create table warehouse.stage_program (
    load_id bigint not null,
    program_key bigint not null,
    agency_key bigint not null,
    code varchar(32) not null,
    name varchar(200) not null,
    template_code varchar(32) not null,
    primary key (load_id, program_key)
);

create table warehouse.stage_episode (
    load_id bigint not null,
    participant_key bigint not null,
    person_key bigint not null,
    agency_key bigint not null,
    region_key bigint not null,
    program_key bigint not null,
    gender varchar(1) not null,
    indigenous_status varchar(32),
    age_band varchar(8),
    referral_date date not null,
    referral_lead_days int,
    expected_release_date date not null,
    actual_release_date date,
    exit_date date,
    exit_type varchar(16),
    exit_reason varchar(32),
    phase varchar(16) not null,
    case_plan_agreed_on date,
    first_pre_release_contact_on date,
    gate_meeting_on date,
    orientation_on date,
    first_steps_engagements int not null,
    retained_3m boolean,
    retained_6m boolean,
    retained_12m boolean,
    returns_to_custody int not null,
    primary key (load_id, participant_key)
);

create table warehouse.stage_milestone (
    load_id bigint not null,
    participant_key bigint not null,
    milestone_code varchar(32) not null,
    due_on date not null,
    done_on date,
    state varchar(12) not null,
    primary key (load_id, participant_key, milestone_code)
);

create table warehouse.stage_release (
    load_id bigint not null,
    participant_key bigint not null,
    release_date date not null,
    primary key (load_id, participant_key, release_date)
);

create table warehouse.stage_vulnerability (
    load_id bigint not null,
    participant_key bigint not null,
    vulnerability_key varchar(32) not null,
    primary key (load_id, participant_key, vulnerability_key)
);
