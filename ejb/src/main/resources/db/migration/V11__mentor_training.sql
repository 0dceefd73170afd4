-- Mentor training (courses and their sessions), group debriefs and supervision, with attendance.
-- Row-level security for the session tables is V12 (Java).
create sequence course_seq start with 50 increment by 50;
create sequence mentor_session_seq start with 50 increment by 50;

create table course (
    id bigint primary key,
    agency_id bigint not null references agency (id),
    code varchar(32) not null,
    name varchar(200) not null,
    required_before_match boolean not null,
    constraint course_code_uk unique (agency_id, code)
);

create table mentor_session (
    id bigint primary key,
    agency_id bigint not null references agency (id),
    kind varchar(16) not null,
    course_id bigint references course (id),
    held_on date not null,
    place varchar(200),
    led_by varchar(100) not null,
    created_at timestamp not null,
    constraint mentor_session_course_ck check ((kind = 'TRAINING' and course_id is not null)
        or (kind <> 'TRAINING' and course_id is null))
);
create index mentor_session_day_ix on mentor_session (agency_id, held_on);

create table session_attendance (
    session_id bigint not null references mentor_session (id) on delete cascade,
    mentor_id bigint not null references mentor (id) on delete cascade,
    attended boolean not null,
    completed boolean not null,
    primary key (session_id, mentor_id)
);
