-- One history for H2 and PostgreSQL: only SQL both understand.
-- Sequences step by 50 to match the JPA allocation size; EclipseLink takes a value as the
-- end of its block of 50, so they start at 50.

create sequence agency_seq start with 50 increment by 50;
create sequence region_seq start with 50 increment by 50;
create sequence program_seq start with 50 increment by 50;
create sequence participant_seq start with 50 increment by 50;
create sequence import_run_seq start with 50 increment by 50;
create sequence import_line_seq start with 50 increment by 50;

create table agency (
    id bigint primary key,
    code varchar(32) not null,
    name varchar(200) not null,
    constraint agency_code_uk unique (code)
);

create table region (
    id bigint primary key,
    agency_id bigint not null references agency (id),
    code varchar(32) not null,
    name varchar(200) not null,
    constraint region_code_uk unique (agency_id, code)
);

create table program (
    id bigint primary key,
    agency_id bigint not null references agency (id),
    code varchar(32) not null,
    name varchar(200) not null,
    constraint program_code_uk unique (agency_id, code)
);

create table participant (
    id bigint primary key,
    version bigint not null,
    agency_id bigint not null references agency (id),
    external_ref varchar(64) not null,
    justice_id varchar(32) not null,
    given_name varchar(100) not null,
    family_name varchar(100) not null,
    date_of_birth date not null,
    gender varchar(1) not null,
    indigenous_status varchar(32),
    region_id bigint not null references region (id),
    prison varchar(100) not null,
    program_id bigint not null references program (id),
    referral_date date not null,
    expected_release_date date not null,
    actual_release_date date,
    exit_date date,
    exit_type varchar(16),
    created_at timestamp not null,
    updated_at timestamp not null,
    constraint participant_ref_uk unique (agency_id, external_ref),
    constraint participant_gender_ck check (gender in ('F', 'M', 'X', 'U')),
    constraint participant_exit_ck check ((exit_date is null) = (exit_type is null))
);
create index participant_justice_id_ix on participant (justice_id);
create index participant_family_name_ix on participant (agency_id, family_name);

create table participant_vulnerability (
    participant_id bigint not null references participant (id) on delete cascade,
    vulnerability varchar(32) not null,
    primary key (participant_id, vulnerability)
);

create table import_run (
    id bigint primary key,
    agency_id bigint not null references agency (id),
    file_name varchar(255) not null,
    content bytea not null,
    uploaded_by varchar(100),
    uploaded_at timestamp not null,
    status varchar(16) not null,
    job_execution_id bigint,
    failure varchar(1000),
    finished_at timestamp
);
create index import_run_agency_ix on import_run (agency_id, uploaded_at);

create table import_line (
    id bigint primary key,
    run_id bigint not null references import_run (id) on delete cascade,
    line_number bigint not null,
    external_ref varchar(64),
    outcome varchar(16) not null,
    reason varchar(2000)
);
create index import_line_run_ix on import_line (run_id, outcome, line_number);
create index import_line_ref_ix on import_line (run_id, external_ref);
