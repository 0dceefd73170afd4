-- Case plans (issue 6): a case's goals per resettlement pathway, each with its owner, due and
-- review dates, status and actions; the plan is approved by a case worker (which completes the
-- program's case-plan milestone). Row-level security is V20 (Java).
create sequence case_plan_seq start with 50 increment by 50;
create sequence plan_goal_seq start with 50 increment by 50;

create table case_plan (
    id bigint primary key,
    version bigint not null,
    agency_id bigint not null references agency (id),
    participant_id bigint not null references participant (id),
    approved_by varchar(100),
    approved_on date,
    created_at timestamp not null,
    constraint case_plan_participant_uk unique (participant_id)
);

create table plan_goal (
    id bigint primary key,
    version bigint not null,
    agency_id bigint not null references agency (id),
    plan_id bigint not null references case_plan (id),
    pathway varchar(24) not null,
    goal varchar(500) not null,
    owner varchar(24) not null,
    due_on date,
    review_on date,
    status varchar(16) not null,
    updated_by varchar(100) not null,
    updated_at timestamp not null
);
create index plan_goal_plan_ix on plan_goal (plan_id);

create table plan_action (
    goal_id bigint not null references plan_goal (id) on delete cascade,
    position integer not null,
    action_text varchar(500) not null,
    owner varchar(24) not null,
    due_on date,
    done boolean not null,
    primary key (goal_id, position)
);
