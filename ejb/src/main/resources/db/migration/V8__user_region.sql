-- A coordinator works for a region: their worklist shows that region's referrals.
alter table app_user add column region_id bigint references region (id);
