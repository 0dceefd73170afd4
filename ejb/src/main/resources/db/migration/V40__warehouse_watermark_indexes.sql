-- The warehouse's nightly load finds what changed since the last one by these times: indexed, so it
-- reads the day's changes instead of every engagement and checkpoint.
create index engagement_recorded_ix on engagement (recorded_at);
create index engagement_signed_off_ix on engagement (signed_off_at);
create index outcome_checkpoint_recorded_ix on outcome_checkpoint (recorded_at);
create index participant_updated_ix on participant (updated_at);

-- Staged engagements are millions of rows in a first load: no key to maintain (a chunk's rows
-- commit with its checkpoint, so none is staged twice).
drop table warehouse.stage_engagement;
create table warehouse.stage_engagement (
    load_id bigint not null,
    engagement_key bigint not null,
    participant_key bigint not null,
    engaged_on date not null,
    kind varchar(32) not null,
    attendance varchar(16) not null,
    punctuality varchar(8),
    duration_minutes int,
    with_mentor boolean not null,
    awaiting_sign_off boolean not null
);
