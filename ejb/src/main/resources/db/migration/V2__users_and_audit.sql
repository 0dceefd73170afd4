create sequence app_user_seq start with 50 increment by 50;
create sequence audit_event_seq start with 50 increment by 50;

create table app_user (
    id bigint primary key,
    version bigint not null,
    username varchar(100) not null,
    display_name varchar(200) not null,
    email varchar(200),
    agency_id bigint references agency (id),
    password_hash varchar(200),
    must_change_password boolean not null,
    failed_attempts integer not null,
    locked_until timestamp,
    enabled boolean not null,
    created_at timestamp not null,
    last_sign_in_at timestamp,
    constraint app_user_username_uk unique (username)
);
create index app_user_agency_ix on app_user (agency_id);

create table app_user_role (
    user_id bigint not null references app_user (id) on delete cascade,
    role varchar(32) not null,
    primary key (user_id, role)
);

-- append-only: the application never updates or deletes a row
create table audit_event (
    id bigint primary key,
    at timestamp not null,
    actor varchar(100) not null,
    agency_id bigint,
    kind varchar(32) not null,
    record_type varchar(64),
    record_id varchar(64),
    detail varchar(4000),
    source_address varchar(64)
);
create index audit_event_agency_ix on audit_event (agency_id, at);
create index audit_event_record_ix on audit_event (record_type, record_id);
