-- One record per checkpoint of a case and its due day (a double submission cannot count twice).
alter table outcome_checkpoint add constraint outcome_checkpoint_uk unique (participant_id, checkpoint_code, due_on);
