-- Creates Gatehouse's database and its two roles on a PostgreSQL server. Run once, as a superuser:
--   psql -h HOST -U postgres -v db=gatehouse -v owner=gatehouse_owner -v app=gatehouse_app \
--        -f ear/src/main/postgresql/bootstrap.sql
-- then give each role its password (\password gatehouse_owner, \password gatehouse_app), or use
-- certificate or Kerberos sign-in per pg_hba.conf. Re-runnable: what exists is left as it is.
--
-- owner: owns the database and every table; the server uses it only to migrate the schema at start
--        (GatehouseMigrationDS) and to grant the application what it needs afterwards.
-- app:   what the application connects as for everything else (GatehouseDS): reads and writes rows,
--        never owns a table, cannot change the schema, switch off row-level security or rewrite the
--        audit trail. Neither role is a superuser or has BYPASSRLS: row-level security binds both.
\set ON_ERROR_STOP on

select format('create role %I login nosuperuser nobypassrls nocreatedb nocreaterole', :'owner')
    where not exists (select 1 from pg_roles where rolname = :'owner') \gexec
select format('create role %I login nosuperuser nobypassrls nocreatedb nocreaterole', :'app')
    where not exists (select 1 from pg_roles where rolname = :'app') \gexec
select format('create database %I owner %I encoding ''UTF8''', :'db', :'owner')
    where not exists (select 1 from pg_database where datname = :'db') \gexec

\connect :db
-- nobody but the owner creates objects in the public schema (PostgreSQL 15 does this already)
revoke create on schema public from public;
select format('revoke all on database %I from public', :'db') \gexec
select format('grant connect on database %I to %I', :'db', :'app') \gexec
-- the batch job repository (JBeret) creates its own tables at first start, as the application: it
-- gets a schema of its own for them, first in its search path, and nothing else to create in
select format('create schema if not exists batch authorization %I', :'owner') \gexec
select format('grant usage, create on schema batch to %I', :'app') \gexec
select format('alter role %I in database %I set search_path = batch, public', :'app', :'db') \gexec
-- the application's rights on the tables are granted by the server after each migration (SchemaMigrator)
