-- Supervision and risk, kept by staff on the participant record (not part of the import format).
alter table participant add column legal_status varchar(40);
alter table participant add column ro_name varchar(200);
alter table participant add column ro_phone varchar(32);
alter table participant add column ro_email varchar(200);
alter table participant add column risk_of_serious_harm varchar(16);
alter table participant add column public_protection_level varchar(16);
alter table participant add column licence_conditions varchar(2000);
alter table participant add column exclusion_zones varchar(2000);
alter table participant add column languages varchar(200);
