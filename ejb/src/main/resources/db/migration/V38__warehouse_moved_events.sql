-- The feed events a load found changed since the last one: a changed event's fact rows are kept only
-- for the enrolments the load matched it to, so an event moved to another justice id (or to none
-- known) leaves the first person's enrolments.
create table warehouse.stage_changed_event (
    load_id bigint not null,
    event_key bigint not null,
    primary key (load_id, event_key)
);
