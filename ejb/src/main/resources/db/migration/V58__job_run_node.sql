-- Which node ran each batch job execution (a restart is an execution of its own): a node starting
-- after a crash marks failed only the runs it left running, never those another node of a cluster is
-- running (InterruptedRuns). The job repository's own tables say nothing of nodes.
create table job_run_node (
    job_execution_id bigint primary key,
    node varchar(100) not null,
    recorded_at timestamp not null
);
