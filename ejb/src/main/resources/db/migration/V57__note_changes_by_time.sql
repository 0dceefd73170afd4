-- A node of a cluster keeps its case-note index current with the notes other nodes write, correct or
-- withdraw (IndexFollower): it asks for those of the last few minutes, which these find without
-- reading every note.
create index case_note_written_ix on case_note (written_at);
create index case_note_withdrawn_ix on case_note (withdrawn_at);
