-- Restricted cases ("limited access"): only the allowed users, if any are listed, and never the
-- excluded ones may reach the participant's records.
create table participant_allowed_user (
    participant_id bigint not null references participant (id) on delete cascade,
    user_id bigint not null references app_user (id) on delete cascade,
    primary key (participant_id, user_id)
);

create table participant_excluded_user (
    participant_id bigint not null references participant (id) on delete cascade,
    user_id bigint not null references app_user (id) on delete cascade,
    primary key (participant_id, user_id)
);
create index participant_excluded_user_ix on participant_excluded_user (user_id);
create index participant_allowed_user_ix on participant_allowed_user (user_id);
