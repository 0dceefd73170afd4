-- The next day a case's warehouse episode can change with time alone (a milestone's window opens, it
-- turns late or missed, a cadence slot ends, the phase moves on, a retention mark passes), written by
-- the load that read the case; null: time alone changes it no more. An incremental load reads again
-- only the cases whose day has come or that changed, not every open case every night.
create table episode_recheck (
    participant_id bigint primary key references participant (id) on delete cascade,
    agency_id bigint not null references agency (id),
    recheck_on date,
    load_id bigint not null
);
-- The published load an incremental load builds on: a recheck day written by a later load that was
-- never published does not count (that load's reading of the case is not in the warehouse).
alter table warehouse.load_run add column based_on bigint;
