-- Each node's last sign of life, written every few seconds (InterruptedRuns): a node that stops
-- writing it has stopped, and the job runs noted for it (job_run_node) are marked failed by the nodes
-- still running, instead of staying STARTED until it comes back (it may never). Times are the
-- database's, so that the nodes' clocks need not agree.
create table node_heartbeat (
    node varchar(100) primary key,
    started_at timestamp with time zone not null,
    seen_at timestamp with time zone not null
);
