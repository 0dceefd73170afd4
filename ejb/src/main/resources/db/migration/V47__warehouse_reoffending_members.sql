-- The reoffending measures' members (FORMATS.md §3), one row per person per (agency, program) and
-- release quarter, at their first release in it, with what the measures count of them: the
-- dashboards break the cohorts down by any dimension of the enrolment (region, gender, Aboriginal
-- and Torres Strait Islander status, vulnerability, age band) by adding these up.
create table warehouse.fact_reoffending_member (
    cohort varchar(7) not null,
    person_key bigint not null,
    agency_key bigint not null,
    program_key bigint not null,
    participant_key bigint not null,
    release_date date not null,
    measurable boolean not null,
    reoffender boolean not null,
    reoffences int not null,
    days_to_first int,
    custody_12m boolean not null,
    measurable_24m boolean not null,
    custody_24m boolean not null,
    primary key (cohort, person_key, agency_key, program_key)
);
create index fact_reoffending_member_participant_ix on warehouse.fact_reoffending_member (participant_key);

create table warehouse.stage_reoffending_member (
    load_id bigint not null,
    cohort varchar(7) not null,
    person_key bigint not null,
    agency_key bigint not null,
    program_key bigint not null,
    participant_key bigint not null,
    release_date date not null,
    measurable boolean not null,
    reoffender boolean not null,
    reoffences int not null,
    days_to_first int,
    custody_12m boolean not null,
    measurable_24m boolean not null,
    custody_24m boolean not null,
    primary key (load_id, cohort, person_key, agency_key, program_key)
);
