-- Matching (issue 5): an agency's mentoring settings (score weights, hard-rule limits, how long a
-- former participant waits before applying to mentor), what a participant needs of a mentor and the
-- conflicts declared, the triangle (mentor, participant, supervising case worker) with its history,
-- "no mentor fits" records, pool proposals, and the user account a mentor signs in with.
-- Row-level security for these tables is V14 (Java).
create sequence match_conflict_seq start with 50 increment by 50;
create sequence mentor_match_seq start with 50 increment by 50;
create sequence match_no_fit_seq start with 50 increment by 50;
create sequence pool_proposal_seq start with 50 increment by 50;

create table mentoring_settings (
    agency_id bigint primary key references agency (id),
    version bigint not null,
    weight_region integer not null,
    weight_availability integer not null,
    weight_transport integer not null,
    weight_language integer not null,
    weight_lived_experience integer not null,
    weight_cultural_fit integer not null,
    weight_load integer not null,
    lived_experience_min_days integer not null,
    experienced_after_matches integer not null,
    former_participant_wait_days integer not null,
    updated_at timestamp not null
);

alter table mentor add account_id bigint references app_user (id);
alter table mentor add constraint mentor_account_uk unique (account_id);

create table match_needs (
    participant_id bigint primary key references participant (id),
    agency_id bigint not null references agency (id),
    version bigint not null,
    needs_transport boolean not null,
    cultural_background varchar(200),
    updated_at timestamp not null
);

create table match_needs_time (
    participant_id bigint not null references match_needs (participant_id) on delete cascade,
    slot varchar(16) not null,
    primary key (participant_id, slot)
);

create table match_conflict (
    id bigint primary key,
    agency_id bigint not null references agency (id),
    participant_id bigint not null references participant (id),
    mentor_id bigint not null references mentor (id),
    kind varchar(16) not null,
    note varchar(500),
    recorded_by varchar(100) not null,
    recorded_at timestamp not null,
    constraint match_conflict_uk unique (participant_id, mentor_id)
);

create table mentor_match (
    id bigint primary key,
    version bigint not null,
    agency_id bigint not null references agency (id),
    participant_id bigint not null references participant (id),
    mentor_id bigint not null references mentor (id),
    case_worker_id bigint not null references app_user (id),
    started_on date not null,
    how varchar(16) not null,
    score integer not null,
    choice_reason varchar(500),
    ended_on date,
    end_kind varchar(16),
    end_reason varchar(500),
    created_by varchar(100) not null,
    created_at timestamp not null,
    constraint mentor_match_end_ck check ((ended_on is null and end_kind is null and end_reason is null)
        or (ended_on is not null and end_kind is not null and end_reason is not null))
);
create index mentor_match_participant_ix on mentor_match (participant_id);
create index mentor_match_mentor_ix on mentor_match (mentor_id);

create table match_no_fit (
    id bigint primary key,
    agency_id bigint not null references agency (id),
    participant_id bigint not null references participant (id),
    reason varchar(500) not null,
    recorded_by varchar(100) not null,
    recorded_at timestamp not null
);
create index match_no_fit_participant_ix on match_no_fit (participant_id);

create table pool_proposal (
    id bigint primary key,
    version bigint not null,
    agency_id bigint not null references agency (id),
    status varchar(16) not null,
    total_score integer not null,
    created_by varchar(100) not null,
    created_at timestamp not null,
    decided_by varchar(100),
    decided_at timestamp
);

create table pool_placement (
    proposal_id bigint not null references pool_proposal (id) on delete cascade,
    participant_id bigint not null references participant (id),
    mentor_id bigint not null references mentor (id),
    score integer not null,
    reasons varchar(1000) not null,
    primary key (proposal_id, participant_id)
);
