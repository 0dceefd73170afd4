-- What an integration's create requests made, by the Idempotency-Key each sent, kept a day: the same
-- request sent again with its key gets what the first one made, not a second record.
create sequence idempotent_request_seq start with 50 increment by 50;
create table idempotent_request (
    id bigint primary key,
    agency_id bigint references agency (id),
    user_id bigint not null references app_user (id),
    idempotency_key varchar(100) not null,
    request_hash varchar(64) not null,
    resource varchar(200) not null,
    created_at timestamp not null,
    constraint idempotent_request_key_uk unique (user_id, idempotency_key)
);
