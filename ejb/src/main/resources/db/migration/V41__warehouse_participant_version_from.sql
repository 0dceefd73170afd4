-- Where a staged participant's new dimension row starts (1900-01-01 for a first row, the load's day
-- after a type 2 change), decided before the rows are inserted: an insert that looked up the table
-- it was filling visited every row it had added so far, for each row (minutes at 100,000 cases).
alter table warehouse.stage_episode add column version_from date;
