-- Targets for the service-level dashboard: the commissioners' for every agency (scope ALL, no
-- agency) and an agency's own, which its view uses instead. A measure is GREEN from green_from,
-- AMBER from amber_from, RED below (percent for rates, days for the referral lead time).
create sequence service_level_target_seq start with 50 increment by 50;
create table service_level_target (
    id bigint primary key,
    version bigint not null,
    scope varchar(32) not null,
    agency_id bigint references agency (id),
    measure varchar(40) not null,
    green_from numeric(8, 2) not null,
    amber_from numeric(8, 2) not null,
    set_by varchar(100) not null,
    set_at timestamp not null,
    constraint service_level_target_scope unique (scope, measure),
    constraint service_level_target_order check (amber_from <= green_from and amber_from >= 0)
);
