-- A load belongs to the job instance that began it: its restart finds it again, and a new load's
-- begin fails only the loads other instances left staging.
alter table warehouse.load_run add column job_instance bigint;
