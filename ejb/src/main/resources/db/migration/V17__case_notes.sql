-- Case notes (issue 6): a note is never overwritten; a correction is a new version of the same
-- note (note_id is the first version's id) with its reason. Sensitivity decides who reads it; a
-- mentor's note waits for the case worker's sign-off. Row-level security is V18 (Java).
create sequence case_note_seq start with 50 increment by 50;

create table case_note (
    id bigint primary key,
    version bigint not null,
    agency_id bigint not null references agency (id),
    participant_id bigint not null references participant (id),
    note_id bigint not null,
    version_no integer not null,
    current_version boolean not null,
    body varchar(4000) not null,
    pathway varchar(24),
    sensitivity varchar(20) not null,
    written_by varchar(100) not null,
    written_at timestamp not null,
    correction_reason varchar(500),
    needs_sign_off boolean not null,
    signed_off_by varchar(100),
    signed_off_at timestamp,
    constraint case_note_version_uk unique (note_id, version_no)
);
create index case_note_participant_ix on case_note (participant_id);
