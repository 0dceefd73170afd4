-- One row per night the nightly batch ran: the node that claimed it (the first to insert the row;
-- the other nodes of a cluster find it taken) and the warehouse load it started.
create table nightly_run (
    night date primary key,
    node varchar(64) not null,
    claimed_at timestamp not null,
    load_execution bigint
);
