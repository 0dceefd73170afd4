-- The justice department's reoffending feed (FORMATS.md §2): government-wide, matched to the
-- participants of every agency by justice id when the warehouse is loaded, so it names no agency
-- and no participant (and has no row-level policy: only the platform's feed service and the
-- warehouse load read it). Sequences start at 50, as V1 says why.
create sequence reoffending_feed_run_seq start with 50 increment by 50;
create sequence reoffending_feed_reject_seq start with 50 increment by 50;
create sequence reoffending_event_seq start with 50 increment by 50;

create table reoffending_feed_run (
    id bigint primary key,
    file_name varchar(255) not null,
    content bytea not null,
    source varchar(16) not null,
    received_by varchar(100) not null,
    received_at timestamp not null,
    status varchar(16) not null,
    job_execution_id bigint,
    extract_date date,
    rows_read bigint not null default 0,
    imported bigint not null default 0,
    updated bigint not null default 0,
    unchanged bigint not null default 0,
    rejected bigint not null default 0,
    unmatched bigint not null default 0,
    failure varchar(1000),
    finished_at timestamp
);
create index reoffending_feed_run_received_ix on reoffending_feed_run (received_at);

create table reoffending_feed_reject (
    id bigint primary key,
    feed_run_id bigint not null references reoffending_feed_run (id) on delete cascade,
    line_number bigint not null,
    event_id varchar(64),
    reason varchar(2000) not null
);
create index reoffending_feed_reject_run_ix on reoffending_feed_reject (feed_run_id, line_number);

-- One row per event_id (the natural key): a later extract with other values updates it.
create table reoffending_event (
    id bigint primary key,
    event_id varchar(64) not null,
    justice_id varchar(32) not null,
    event_type varchar(16) not null,
    offence_date date,
    outcome_date date,
    custody_start_date date,
    custody_reason varchar(16),
    extract_date date not null,
    feed_run_id bigint not null references reoffending_feed_run (id),
    received_at timestamp not null,
    updated_at timestamp not null,
    constraint reoffending_event_id_uq unique (event_id),
    constraint reoffending_event_type_ck check (event_type in ('PROVEN_OFFENCE', 'CUSTODY')),
    constraint reoffending_event_offence_ck check (event_type <> 'PROVEN_OFFENCE'
        or (offence_date is not null and outcome_date is not null and outcome_date >= offence_date
            and custody_start_date is null and custody_reason is null)),
    constraint reoffending_event_custody_ck check (event_type <> 'CUSTODY'
        or (custody_start_date is not null and custody_reason in ('NEW_SENTENCE', 'RECALL', 'REMAND')
            and offence_date is null and outcome_date is null))
);
-- justice ids are kept upper case, as the participant match compares them
create index reoffending_event_justice_ix on reoffending_event (justice_id);
create index reoffending_event_updated_ix on reoffending_event (updated_at);
