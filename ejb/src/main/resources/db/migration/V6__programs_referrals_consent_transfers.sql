-- Programs carry their own copy of a template; referrals, consent, recorded activities, returns to
-- custody, exits with a reason, and transfers between agencies. Row-level security for the new case
-- tables is V7 (Java, PostgreSQL only), which also gives existing programs their template.

create sequence referral_seq start with 50 increment by 50;
create sequence consent_seq start with 50 increment by 50;
create sequence engagement_seq start with 50 increment by 50;
create sequence case_transfer_seq start with 50 increment by 50;

alter table program add column template_code varchar(32);
alter table program add column first_steps_days integer;
alter table program add column duration_days integer;
alter table program add column womens_stream_id bigint references program (id);

create table program_milestone (
    program_id bigint not null references program (id) on delete cascade,
    position integer not null,
    code varchar(32) not null,
    label varchar(200) not null,
    offset_days integer not null,
    window_days integer not null,
    grace_days integer not null,
    completed_by varchar(400) not null,
    primary key (program_id, position)
);

create table program_cadence (
    program_id bigint not null references program (id) on delete cascade,
    position integer not null,
    code varchar(32) not null,
    label varchar(200) not null,
    kind varchar(32) not null,
    every_days integer not null,
    from_day integer not null,
    to_day integer not null,
    primary key (program_id, position)
);

alter table participant add column exit_reason varchar(32);

-- each return to custody: the release it ended and the release now expected
create table custody_return (
    participant_id bigint not null references participant (id) on delete cascade,
    returned_on date not null,
    kind varchar(16) not null,
    ended_release_date date,
    next_expected_release date not null,
    primary key (participant_id, returned_on)
);

create table engagement (
    id bigint primary key,
    agency_id bigint not null references agency (id),
    participant_id bigint not null references participant (id) on delete cascade,
    kind varchar(32) not null,
    happened_on date not null,
    recorded_by varchar(100) not null,
    recorded_at timestamp not null
);
create index engagement_participant_ix on engagement (participant_id, happened_on);

create table referral (
    id bigint primary key,
    version bigint not null,
    agency_id bigint not null references agency (id),
    region_id bigint references region (id),
    source varchar(24) not null,
    referrer varchar(200) not null,
    received_on date not null,
    justice_id varchar(32),
    given_name varchar(100) not null,
    family_name varchar(100) not null,
    date_of_birth date not null,
    gender varchar(1) not null,
    prison varchar(100) not null,
    expected_release_date date not null,
    lead_time_days integer not null,
    status varchar(16) not null,
    intake_on date,
    intake_by varchar(100),
    decided_on date,
    decided_by varchar(100),
    decline_reason varchar(32),
    decision_note varchar(500),
    onward_to varchar(200),
    onward_agency_id bigint references agency (id),
    -- the referral another agency referred on to this one (no foreign key: it is that agency's row)
    origin_referral_id bigint,
    participant_id bigint references participant (id),
    created_at timestamp not null,
    updated_at timestamp not null,
    constraint referral_origin_uk unique (agency_id, origin_referral_id)
);
create index referral_status_ix on referral (agency_id, status, received_on);

create table referral_vulnerability (
    referral_id bigint not null references referral (id) on delete cascade,
    vulnerability varchar(32) not null,
    primary key (referral_id, vulnerability)
);

create table consent (
    id bigint primary key,
    agency_id bigint not null references agency (id),
    referral_id bigint references referral (id) on delete cascade,
    participant_id bigint references participant (id) on delete cascade,
    scope varchar(16) not null,
    partner varchar(200),
    given_on date not null,
    withdrawn_on date,
    recorded_by varchar(100) not null,
    recorded_at timestamp not null,
    constraint consent_subject_ck check (referral_id is not null or participant_id is not null),
    constraint consent_partner_ck check ((scope = 'SHARING' and partner is not null)
        or (scope <> 'SHARING' and partner is null))
);
create index consent_participant_ix on consent (participant_id);
create index consent_referral_ix on consent (referral_id);

-- a hand-over between two agencies: both may read it, each writes its own side
create table case_transfer (
    id bigint primary key,
    version bigint not null,
    from_agency_id bigint not null references agency (id),
    to_agency_id bigint not null references agency (id),
    participant_id bigint not null,
    status varchar(16) not null,
    reason varchar(500) not null,
    proposed_on date not null,
    proposed_by varchar(100) not null,
    decided_on date,
    decided_by varchar(100),
    decision_note varchar(500),
    received_participant_id bigint,
    handed_over_at timestamp,
    external_ref varchar(64) not null,
    justice_id varchar(32) not null,
    given_name varchar(100) not null,
    family_name varchar(100) not null,
    date_of_birth date not null,
    gender varchar(1) not null,
    indigenous_status varchar(32),
    prison varchar(100) not null,
    referral_date date not null,
    expected_release_date date not null,
    actual_release_date date,
    vulnerabilities varchar(400) not null
);
create index case_transfer_to_ix on case_transfer (to_agency_id, status);
create index case_transfer_from_ix on case_transfer (from_agency_id, status);
