# Shared by the warehouse benchmarks (sourced, not run): a server with the demo data on a fresh
# PostgreSQL database, the demo participants copied in SQL into a history, and a warehouse load run
# through the API. Needs the local PostgreSQL (postgres superuser with trust auth, and the role
# gatehouse_ci as .ci/run makes it), port 8080 free, and a JDK 21+ in JAVA_HOME; run from the root.
PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"
DB="gatehouse_warehouse_$(date +%s)"
LOG=$(mktemp)
SERVER_LOG=build/server/wildfly-39.0.1.Final/standalone/log/server.log

cleanup() {
    # the server is a child of Maven: stop the whole process group
    [ -n "${SERVER:-}" ] && kill -- -"$SERVER" 2>/dev/null && wait "$SERVER" 2>/dev/null || true
    [ -n "${KEEP:-}" ] || $PSQL -d postgres -c "drop database if exists $DB" >/dev/null 2>&1 || true
    rm -f "$LOG"
}

# Starts the application (-Prun) on $DB with the demo data (Maven's arguments: more, such as
# -Ddemo.agencies=4) and waits until it is ready; sets SERVER. On a database that has the demo data
# already, it starts on what is there.
run_server() {
    : > "$LOG"
    GATEHOUSE_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" GATEHOUSE_DB_USER=gatehouse_ci GATEHOUSE_DB_PASSWORD=trust \
        setsid ./mvnw -q -o -Prun package -DskipTests "$@" >"$LOG" 2>&1 &
    SERVER=$!
    for _ in $(seq 1 900); do
        # the banner comes as the web module starts; the address answers once it is up
        grep -q "Gatehouse is ready" "$LOG" && [ "$(curl -s -o /dev/null -w '%{http_code}' \
            http://localhost:8080/gatehouse/health/live)" = 200 ] && return 0
        # the datasource or the deployment refused: say why instead of waiting
        grep -q "WFLYSRV0021\|WFLYCTL0113" "$LOG" && { grep -A3 "ERROR" "$LOG" | head -20 >&2; exit 1; }
        kill -0 "$SERVER" 2>/dev/null || { cat "$LOG"; exit 1; }
        sleep 1
    done
    echo "the server did not start" >&2; exit 1
}

stop_server() {
    kill -- -"$SERVER" 2>/dev/null || true
    wait "$SERVER" 2>/dev/null || true
    SERVER=""
}

# The demo users' password, from the server's first start on $DB.
demo_password() {
    sed -n 's/.*password for all: \([^)]*\)).*/\1/p' "$LOG" | head -1
}

# Starts the application with the demo data on a new database, without the demo's own warehouse
# load (the benchmark's is the first, a full one); sets SERVER and PASSWORD.
start_server() {
    $PSQL -d postgres -c "create database $DB owner gatehouse_ci"
    echo "starting the server with the demo data on $DB"
    run_server -Ddemo.outcomes=false "$@"
    PASSWORD=$(demo_password)
}

# Copies FROM..TO of each demo participant (SQL, as the superuser), each with EACH engagements: a
# history, not six years of people all in the program today: copy g is moved (g % 6) years back, and
# a moved copy was released and ended (planned, or unplanned for one in four) 330 days after release.
copy_participants() {
    local from=$1 to=$2 each=$3
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
      from participant p cross join generate_series($from, $to) g cross join lateral (select (g % 6) * 365 as days) y
      where p.external_ref not like '%-B%'"
    $PSQL -d "$DB" -c "insert into engagement (id, version, agency_id, participant_id, kind, happened_on, recorded_by,
        recorded_at, starts_at, duration_minutes, attendance, punctuality, needs_sign_off)
      select nextval('engagement_seq'), 1, p.agency_id, p.id,
        (array['MENTOR_MEETING','PHONE_CALL','GROUP_SESSION','TRIANGLE_MEETING','ESCORT','FIRST_STEPS_ACTIVITY'])[1 + g % 6],
        p.referral_date + g * 4, 'bench', now() - interval '3 days', time '10:00', 20 + g % 70,
        case when g % 11 = 0 then 'DID_NOT_ATTEND' else 'ATTENDED' end,
        case when g % 11 = 0 then null when g % 7 = 0 then 'LATE' else 'ON_TIME' end, false
      from participant p cross join generate_series(1, $each) g
      where p.external_ref like '%-B%'
        and cast(substring(p.external_ref from '-B([0-9]+)$') as int) between $from and $to"
    $PSQL -d "$DB" -c "analyze"
}

# Copies of every current case note in SQL (as the superuser, past row-level security), to about
# NOTES in all: the same texts, cases and authors again.
multiply_notes() {
    local demo times
    demo=$($PSQL -d "$DB" -tA -c "select count(*) from case_note where current_version")
    times=$(( ($1 + demo - 1) / demo - 1 ))
    echo "case notes: $demo; adding $times copies of each in SQL"
    $PSQL -d "$DB" -c "insert into case_note (id, version, agency_id, participant_id, note_id, version_no,
        current_version, body, pathway, sensitivity, written_by, written_at, needs_sign_off)
      select s.new_id, 1, s.agency_id, s.participant_id, s.new_id, 1, true, s.body, s.pathway, s.sensitivity,
        s.written_by, s.written_at, false
      from (select nextval('case_note_seq') as new_id, n.agency_id, n.participant_id, n.body, n.pathway, n.sensitivity,
              n.written_by, n.written_at from case_note n cross join generate_series(1, $times) g
            where n.current_version) s"
    $PSQL -d "$DB" -c "analyze case_note"
}

# The demo participants' count (before any copy).
demo_participants() {
    $PSQL -d "$DB" -tA -c "select count(*) from participant where external_ref not like '%-B%'"
}

jobs_api() { curl -s -u "sysadmin:$PASSWORD" -H 'Accept: application/json' "$@"; }

# A warehouse load started through the API; its run and steps timed from the job repository's records.
load() {
    local api=http://localhost:8080/gatehouse/api/jobs
    RUN=$(jobs_api -X POST "$api/warehouse-load" | python3 -c 'import json,sys; print(json.load(sys.stdin)["run"])')
    until jobs_api "$api" | python3 -c "
import json, sys
run = [r for r in json.load(sys.stdin) if r['executionId'] == $RUN][0]
if run['status'] == 'FAILED': print(run['failure'], file=sys.stderr); sys.exit(2)
sys.exit(0 if run['status'] == 'COMPLETED' else 1)"; do
        [ $? -eq 2 ] && { echo "the load failed"; exit 1; }
        sleep 2
    done
    jobs_api "$api/$RUN/steps" | python3 -c '
import json, sys, datetime
def t(s): return datetime.datetime.fromisoformat(s.replace("Z", "+00:00"))
steps = json.load(sys.stdin)
total = (t(steps[-1]["ended"]) - t(steps[0]["started"])).total_seconds()
for s in steps:
    print("  %-12s %8.1f s  read %9d  written %9d" % (s["step"], (t(s["ended"]) - t(s["started"])).total_seconds(),
          s["read"], s["written"]))
print("  %-12s %8.1f s" % ("total", total))
'
    grep -h "Warehouse load .* published:" "$SERVER_LOG" | tail -1 | sed 's/.*published: /  publish: /; s/",".*//'
}
