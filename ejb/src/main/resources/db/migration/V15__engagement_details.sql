-- Engagements in full (issue 6): time, duration, who attended, whether it happened (attended, did
-- not attend, cancelled) and on time; an engagement a mentor logs waits for the supervising case
-- worker's sign-off. Earlier engagements were all attended. Row-level security for the attendee
-- table is V16 (Java).
alter table engagement add column starts_at time;
alter table engagement add column duration_minutes integer;
alter table engagement add column attendance varchar(16) default 'ATTENDED' not null;
alter table engagement add column punctuality varchar(8);
alter table engagement add column needs_sign_off boolean default false not null;
alter table engagement add column signed_off_by varchar(100);
alter table engagement add column signed_off_at timestamp;
alter table engagement add column version bigint default 1 not null;

create table engagement_attendee (
    engagement_id bigint not null references engagement (id) on delete cascade,
    attendee varchar(24) not null,
    primary key (engagement_id, attendee)
);
