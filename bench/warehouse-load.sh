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
DB="gatehouse_warehouse_$(date +%s)"
PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"
LOG=$(mktemp)
COPY_FILE=$(mktemp)
$PSQL -d postgres -c "create database $DB owner gatehouse_ci"
cleanup() {
    # the server is a child of Maven: stop the whole process group
    [ -n "${SERVER:-}" ] && kill -- -"$SERVER" 2>/dev/null && wait "$SERVER" 2>/dev/null || true
    [ -n "${KEEP:-}" ] || $PSQL -d postgres -c "drop database if exists $DB" >/dev/null 2>&1 || true
    rm -f "$LOG" "$COPY_FILE"
}
trap cleanup EXIT

echo "starting the server with the demo data on $DB"
GATEHOUSE_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" GATEHOUSE_DB_USER=gatehouse_ci GATEHOUSE_DB_PASSWORD=trust \
    setsid ./mvnw -q -Prun package -DskipTests >"$LOG" 2>&1 &
SERVER=$!
for _ in $(seq 1 600); do
    grep -q "Gatehouse is ready" "$LOG" && break
    grep -q "WFLYSRV0021\|WFLYCTL0113" "$LOG" && { grep -A3 "ERROR" "$LOG" | head -20 >&2; exit 1; }
    kill -0 "$SERVER" 2>/dev/null || { cat "$LOG"; exit 1; }
    sleep 1
done
grep -q "Gatehouse is ready" "$LOG" || { echo "the server did not start" >&2; exit 1; }
PASSWORD=$(sed -n 's/.*password for all: \([^)]*\)).*/\1/p' "$LOG" | head -1)
API=http://localhost:8080/gatehouse/api/jobs
call() { curl -s -u "sysadmin:$PASSWORD" -H 'Accept: application/json' "$@"; }

DEMO=$($PSQL -d "$DB" -tA -c "select count(*) from participant")
TIMES=$(( (PARTICIPANTS + DEMO - 1) / DEMO - 1 ))
echo "demo participants: $DEMO; adding $TIMES copies of each, $EACH engagements per copy (SQL, as the superuser)"
START=$(date +%s)
# a history, not six years of people all in the program today: copy g is moved (g % 6) years back, and
# a moved copy was released and ended (planned, or unplanned for one in four) 330 days after release
$PSQL -d "$DB" -c "insert into participant (id, version, agency_id, external_ref, justice_id, given_name,
    family_name, date_of_birth, gender, indigenous_status, region_id, prison, program_id, referral_date,
    expected_release_date, actual_release_date, exit_date, exit_type, exit_reason, created_at, updated_at)
  select nextval('participant_seq'), 1, p.agency_id, p.external_ref || '-B' || g, left(p.justice_id, 24) || 'B' || g,
    p.given_name, p.family_name, p.date_of_birth - y.days, p.gender, p.indigenous_status, p.region_id, p.prison,
    p.program_id, p.referral_date - y.days, p.expected_release_date - y.days,
    case when y.days = 0 then p.actual_release_date else coalesce(p.actual_release_date, p.expected_release_date) - y.days end,
    case when y.days = 0 then p.exit_date else coalesce(p.actual_release_date, p.expected_release_date) - y.days + 330 end,
    case when y.days = 0 then p.exit_type when g % 4 = 0 then 'UNPLANNED' else 'PLANNED' end,
    case when y.days = 0 then p.exit_reason else null end, now() - interval '3 days', now() - interval '3 days'
  from participant p cross join generate_series(1, $TIMES) g cross join lateral (select (g % 6) * 365 as days) y
  where p.external_ref not like '%-B%'"
$PSQL -d "$DB" -c "insert into engagement (id, version, agency_id, participant_id, kind, happened_on, recorded_by,
    recorded_at, starts_at, duration_minutes, attendance, punctuality, needs_sign_off)
  select nextval('engagement_seq'), 1, p.agency_id, p.id,
    (array['MENTOR_MEETING','PHONE_CALL','GROUP_SESSION','TRIANGLE_MEETING','ESCORT','FIRST_STEPS_ACTIVITY'])[1 + g % 6],
    p.referral_date + g * 4, 'bench', now() - interval '3 days', time '10:00', 20 + g % 70,
    case when g % 11 = 0 then 'DID_NOT_ATTEND' else 'ATTENDED' end,
    case when g % 11 = 0 then null when g % 7 = 0 then 'LATE' else 'ON_TIME' end, false
  from participant p cross join generate_series(1, $EACH) g where p.external_ref like '%-B%'"
$PSQL -d "$DB" -c "analyze"
TOTAL_P=$($PSQL -d "$DB" -tA -c "select count(*) from participant")
TOTAL_E=$($PSQL -d "$DB" -tA -c "select count(*) from engagement")
echo "participants: $TOTAL_P, engagements: $TOTAL_E (generated in $(( $(date +%s) - START )) s)"
echo "open: $($PSQL -d "$DB" -tA -c "select count(*) from participant where exit_date is null"), ended in the last \
400 days: $($PSQL -d "$DB" -tA -c "select count(*) from participant where exit_date >= current_date - 400")"

# the load, started through the API; its run and steps timed from the job repository's own records
load() {
    RUN=$(call -X POST "$API/warehouse-load" | python3 -c 'import json,sys; print(json.load(sys.stdin)["run"])')
    until call "$API" | python3 -c "
import json, sys
run = [r for r in json.load(sys.stdin) if r['executionId'] == $RUN][0]
if run['status'] == 'FAILED': print(run['failure'], file=sys.stderr); sys.exit(2)
sys.exit(0 if run['status'] == 'COMPLETED' else 1)"; do
        [ $? -eq 2 ] && { echo "the load failed"; exit 1; }
        sleep 2
    done
    call "$API/$RUN/steps" | python3 -c '
import json, sys, datetime
def t(s): return datetime.datetime.fromisoformat(s.replace("Z", "+00:00"))
steps = json.load(sys.stdin)
total = (t(steps[-1]["ended"]) - t(steps[0]["started"])).total_seconds()
for s in steps:
    print("  %-12s %8.1f s  read %9d  written %9d" % (s["step"], (t(s["ended"]) - t(s["started"])).total_seconds(),
          s["read"], s["written"]))
print("  %-12s %8.1f s" % ("total", total))
'
    grep -h "Warehouse load .* published:" build/server/wildfly-39.0.1.Final/standalone/log/server.log | tail -1 \
        | sed 's/.*published: /  publish: /'
}

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
