-- One row that every feed import's chunk locks first: chunks of files imported at the same time are
-- applied one after another, each seeing the events the others committed (an older extract then
-- never overwrites a newer one, and a new event_id is never inserted twice).
create table reoffending_feed_lock (
    id int primary key
);
insert into reoffending_feed_lock (id) values (1);
