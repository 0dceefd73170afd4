-- Appointments (issue 6): what the participant has to keep, perhaps with their mentor, and the
-- reminders sent to the mentor (one per appointment, mentor, kind and start time, so a reminder is
-- never sent twice and a moved appointment is reminded of again). Row-level security is V22 (Java).
create sequence appointment_seq start with 50 increment by 50;
create sequence appointment_reminder_seq start with 50 increment by 50;

create table appointment (
    id bigint primary key,
    version bigint not null,
    agency_id bigint not null references agency (id),
    participant_id bigint not null references participant (id),
    kind varchar(20) not null,
    starts_on date not null,
    starts_at time not null,
    duration_minutes integer,
    place varchar(200) not null,
    with_whom varchar(200),
    mentor_attends boolean not null,
    attendance varchar(16),
    punctuality varchar(8),
    outcome_by varchar(100),
    outcome_at timestamp,
    booked_by varchar(100) not null,
    booked_at timestamp not null
);
create index appointment_participant_ix on appointment (participant_id);
create index appointment_open_ix on appointment (starts_on, attendance);

create table appointment_reminder (
    id bigint primary key,
    agency_id bigint not null references agency (id),
    appointment_id bigint not null references appointment (id),
    mentor_id bigint not null references mentor (id),
    kind varchar(12) not null,
    for_start timestamp not null,
    created_at timestamp not null,
    emailed_at timestamp,
    email_attempts integer not null,
    seen_at timestamp,
    constraint appointment_reminder_uk unique (appointment_id, mentor_id, kind, for_start)
);
create index appointment_reminder_mentor_ix on appointment_reminder (mentor_id, seen_at);
