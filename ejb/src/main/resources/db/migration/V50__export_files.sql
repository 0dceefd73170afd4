-- Files made in the background for the person who asked for them (large exports), kept for a
-- week: what was asked, where it stands, and once made the content.
create sequence export_file_seq start with 50 increment by 50;
create table export_file (
    id bigint primary key,
    version bigint not null,
    agency_id bigint references agency (id),
    requested_by bigint not null references app_user (id),
    requester varchar(100) not null,
    kind varchar(40) not null,
    format varchar(8) not null,
    parameters varchar(2000) not null,
    status varchar(16) not null,
    file_name varchar(255),
    content_type varchar(100),
    content bytea,
    size_bytes bigint,
    requested_at timestamp not null,
    finished_at timestamp,
    failure varchar(500),
    constraint export_file_status check (status in ('QUEUED', 'RUNNING', 'READY', 'FAILED'))
);
create index export_file_requester_ix on export_file (requested_by, requested_at);
