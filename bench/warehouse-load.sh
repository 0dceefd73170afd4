#!/usr/bin/env bash
# The warehouse load timed on a real server and PostgreSQL (issue 8's benchmark): a fresh database
# with the demo data, its participants copied in SQL to about PARTICIPANTS (default 100,000) with
# ENGAGEMENTS_EACH engagements each (default 50: 5,000,000), then a full warehouse load started
# through POST /api/jobs/warehouse-load as the system administrator; then one day of activity
# (new engagements, changed cases, a checkpoint corrected) and the next night's incremental load, the
# application's clock moved a day on (gatehouse.clock.offset-days). Prints
# each step's time from the job's own records, and the raw COPY rate of the loaded engagement facts
# into an empty table of the same shape, measured in the same run, as the baseline. Needs the local
# PostgreSQL (postgres superuser with trust auth, and the role gatehouse_ci as .ci/run makes it),
# port 8080 free, and a JDK 21+ in JAVA_HOME. Run from the project root:
#   bench/warehouse-load.sh [PARTICIPANTS] [ENGAGEMENTS_EACH]
set -euo pipefail
cd "$(dirname "$0")/.."
PARTICIPANTS=${1:-100000}
EACH=${2:-50}
. bench/warehouse-data.sh
COPY_FILE=$(mktemp)
trap 'cleanup; rm -f "$COPY_FILE"' EXIT
start_server

DEMO=$(demo_participants)
TIMES=$(( (PARTICIPANTS + DEMO - 1) / DEMO - 1 ))
echo "demo participants: $DEMO; adding $TIMES copies of each, $EACH engagements per copy (SQL, as the superuser)"
START=$(date +%s)
copy_participants 1 "$TIMES" "$EACH"
TOTAL_P=$($PSQL -d "$DB" -tA -c "select count(*) from participant")
TOTAL_E=$($PSQL -d "$DB" -tA -c "select count(*) from engagement")
echo "participants: $TOTAL_P, engagements: $TOTAL_E (generated in $(( $(date +%s) - START )) s)"
echo "open: $($PSQL -d "$DB" -tA -c "select count(*) from participant where exit_date is null"), ended in the last \
400 days: $($PSQL -d "$DB" -tA -c "select count(*) from participant where exit_date >= current_date - 400")"

echo "full load:"
load | tee /tmp/warehouse-full.txt
ROWS=$($PSQL -d "$DB" -tA -c "select count(*) from warehouse.fact_engagement")
echo "fact_engagement rows: $ROWS; episodes: $($PSQL -d "$DB" -tA -c "select count(*) from warehouse.fact_case_episode")"

echo "baseline: COPY of the same $ROWS engagement facts into an empty table of the same shape"
$PSQL -d "$DB" -c "\\copy (select * from warehouse.fact_engagement) to '$COPY_FILE' csv"
$PSQL -d "$DB" -c "create table warehouse.bench_copy (like warehouse.fact_engagement including all)"
START=$(date +%s.%N)
$PSQL -d "$DB" -c "\\copy warehouse.bench_copy from '$COPY_FILE' csv"
END=$(date +%s.%N)
python3 -c "
copy = $ROWS / ($END - $START)
steps = {l.split()[0]: float(l.split()[1]) for l in open('/tmp/warehouse-full.txt') if ' read ' in l}
load = $ROWS / (steps['engagements'] + steps['publish'])
print('COPY: %.0f rows/s; engagements staged and published: %.0f rows/s over the engagements step and the '
      'publish = %.2f of COPY (target >= 0.33)' % (copy, load, load / copy))"
$PSQL -d "$DB" -c "drop table warehouse.bench_copy"

# the night after: the application's clock a day on (cases whose state moves with time alone are due
# again tomorrow, not tonight), and that day's activity
CLI=build/server/wildfly-39.0.1.Final/bin/jboss-cli.sh
$CLI --connect --command="/system-property=gatehouse.clock.offset-days:add(value=1)" >/dev/null
echo "one day of activity: new engagements, changed cases, corrected checkpoints"
$PSQL -d "$DB" -c "insert into engagement (id, version, agency_id, participant_id, kind, happened_on, recorded_by,
    recorded_at, duration_minutes, attendance, punctuality, needs_sign_off)
  select nextval('engagement_seq'), 1, p.agency_id, p.id, 'PHONE_CALL', current_date + 1, 'bench', now(), 15,
    'ATTENDED', 'ON_TIME', false from (select p.*, row_number() over (order by p.id) n from participant p
    where p.exit_date is null) p where p.n % 4 = 0 limit 3000"
# rows picked by their rank, not their id: ids come from sequences that step by 50
$PSQL -d "$DB" -c "update participant set updated_at = now(), prison = prison where id in (select id from
    (select id, row_number() over (order by id) n from participant) r where r.n % 500 = 0)"
$PSQL -d "$DB" -c "update outcome_checkpoint set recorded_at = now(), version = version + 1 where id in (select id from
    (select id, row_number() over (order by id) n from outcome_checkpoint) r where r.n % 10 = 0)"
echo "  $($PSQL -d "$DB" -tA -c "select count(*) from engagement where recorded_at > now() - interval '5 minutes' \
and recorded_by = 'bench'") engagements \
added, $($PSQL -d "$DB" -tA -c "select count(*) from participant where updated_at > now() - interval '5 minutes'") \
cases changed, $($PSQL -d "$DB" -tA -c "select count(*) from outcome_checkpoint where recorded_at > now() - \
interval '5 minutes'") checkpoints corrected"
echo "nightly (incremental) load:"
load
# back to the system clock (the run server's next start removes it too)
$CLI --connect --command="/system-property=gatehouse.clock.offset-days:remove" >/dev/null
