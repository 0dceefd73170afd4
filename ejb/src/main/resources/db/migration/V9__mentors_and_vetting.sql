-- Mentors and their vetting. Row-level security for these tables and the default check types of
-- existing agencies are V10 (Java).
create sequence mentor_seq start with 50 increment by 50;
create sequence check_type_seq start with 50 increment by 50;
create sequence vetting_check_seq start with 50 increment by 50;

create table mentor (
    id bigint primary key,
    version bigint not null,
    agency_id bigint not null references agency (id),
    region_id bigint not null references region (id),
    given_name varchar(100) not null,
    family_name varchar(100) not null,
    email varchar(200),
    phone varchar(32),
    gender varchar(1) not null,
    mentor_type varchar(20) not null,
    status varchar(16) not null,
    languages varchar(200),
    cultural_background varchar(200),
    can_drive boolean not null,
    capacity integer not null,
    own_release_date date,
    former_participant_id bigint references participant (id),
    exit_reason varchar(500),
    created_at timestamp not null,
    updated_at timestamp not null,
    constraint mentor_capacity_ck check (capacity between 0 and 20)
);
create index mentor_status_ix on mentor (agency_id, status);

create table mentor_availability (
    mentor_id bigint not null references mentor (id) on delete cascade,
    slot varchar(16) not null,
    primary key (mentor_id, slot)
);

-- the checks an agency asks of its mentors (police, working with vulnerable people, references, ...)
create table check_type (
    id bigint primary key,
    agency_id bigint not null references agency (id),
    code varchar(32) not null,
    name varchar(200) not null,
    required boolean not null,
    constraint check_type_uk unique (agency_id, code)
);

create table vetting_check (
    id bigint primary key,
    agency_id bigint not null references agency (id),
    mentor_id bigint not null references mentor (id) on delete cascade,
    check_type_id bigint not null references check_type (id),
    completed_on date not null,
    expires_on date,
    recorded_by varchar(100) not null,
    recorded_at timestamp not null
);
create index vetting_check_mentor_ix on vetting_check (mentor_id);
