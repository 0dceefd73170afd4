-- Partner services (issue 6): the agency's directory per region, and onward referrals of
-- participants to those services with their status and outcome. Row-level security is V26 (Java).
create sequence partner_service_seq start with 50 increment by 50;
create sequence service_referral_seq start with 50 increment by 50;

create table partner_service (
    id bigint primary key,
    version bigint not null,
    agency_id bigint not null references agency (id),
    region_id bigint not null references region (id),
    name varchar(200) not null,
    kind varchar(20) not null,
    contact_name varchar(200),
    phone varchar(32),
    email varchar(200),
    address varchar(300),
    active boolean not null,
    updated_at timestamp not null
);
create index partner_service_agency_ix on partner_service (agency_id, region_id);

create table service_referral (
    id bigint primary key,
    version bigint not null,
    agency_id bigint not null references agency (id),
    participant_id bigint not null references participant (id),
    partner_service_id bigint not null references partner_service (id),
    reason varchar(500) not null,
    referred_on date not null,
    referred_by varchar(100) not null,
    status varchar(16) not null,
    status_on date not null,
    outcome varchar(500),
    updated_by varchar(100) not null,
    updated_at timestamp not null
);
create index service_referral_participant_ix on service_referral (participant_id);
