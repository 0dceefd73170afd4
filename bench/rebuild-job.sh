#!/usr/bin/env bash
# The search index rebuild job timed on a real server and PostgreSQL: a fresh database with the
# demo data, its case notes multiplied in SQL to about NOTES (default 1,000,000), then the
# note-index-rebuild job started through the API as the system administrator and polled until it
# completes. Prints notes per second from the job's own start and end times. Needs the local
# PostgreSQL (postgres superuser with trust auth, and the role gatehouse_ci as .ci/run makes it; the
# datasource needs some password, which trust auth ignores),
# port 8080 free, and a JDK 21+ in JAVA_HOME. Run from the project root: bench/rebuild-job.sh [NOTES]
set -euo pipefail
cd "$(dirname "$0")/.."
NOTES=${1:-1000000}
DB="gatehouse_rebuild_$(date +%s)"
PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"
LOG=$(mktemp)
$PSQL -d postgres -c "create database $DB owner gatehouse_ci"
cleanup() {
    # the server is a child of Maven: stop the whole process group
    [ -n "${SERVER:-}" ] && kill -- -"$SERVER" 2>/dev/null && wait "$SERVER" 2>/dev/null || true
    $PSQL -d postgres -c "drop database if exists $DB" >/dev/null 2>&1 || true
    rm -f "$LOG"
}
trap cleanup EXIT

start_server() {
    : > "$LOG"
    GATEHOUSE_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" GATEHOUSE_DB_USER=gatehouse_ci GATEHOUSE_DB_PASSWORD=trust \
        setsid ./mvnw -q -Prun package -DskipTests >"$LOG" 2>&1 &
    SERVER=$!
    for _ in $(seq 1 600); do
        grep -q "Gatehouse is ready" "$LOG" && return 0
        # the datasource or the deployment refused: say why instead of waiting
        grep -q "WFLYSRV0021\|WFLYCTL0113" "$LOG" && { grep -A3 "ERROR" "$LOG" | head -20 >&2; exit 1; }
        kill -0 "$SERVER" 2>/dev/null || { cat "$LOG"; exit 1; }
        sleep 1
    done
    echo "the server did not start" >&2; exit 1
}

echo "starting the server with the demo data on $DB"
start_server
PASSWORD=$(sed -n 's/.*password for all: \([^)]*\)).*/\1/p' "$LOG" | head -1)
BASE=http://localhost:8080/gatehouse/api/search/index
status() { curl -s -u "sysadmin:$PASSWORD" -H 'Accept: application/json' "$BASE"; }
# the rebuild at first start (the index is new) must be over before ours
until status | grep -q '"status":"COMPLETED"'; do sleep 1; done

DEMO=$($PSQL -d "$DB" -tA -c "select count(*) from case_note where current_version")
TIMES=$(( (NOTES + DEMO - 1) / DEMO - 1 ))
echo "demo notes: $DEMO; adding $TIMES copies of each in SQL (as the superuser, past row-level security)"
$PSQL -d "$DB" -c "insert into case_note (id, version, agency_id, participant_id, note_id, version_no,
    current_version, body, pathway, sensitivity, written_by, written_at, needs_sign_off)
  select s.new_id, 1, s.agency_id, s.participant_id, s.new_id, 1, true, s.body, s.pathway, s.sensitivity,
    s.written_by, s.written_at, false
  from (select nextval('case_note_seq') as new_id, n.agency_id, n.participant_id, n.body, n.pathway, n.sensitivity,
          n.written_by, n.written_at from case_note n cross join generate_series(1, $TIMES) g
        where n.current_version) s"
$PSQL -d "$DB" -c "analyze case_note"
TOTAL=$($PSQL -d "$DB" -tA -c "select count(*) from case_note where current_version")
echo "current notes now: $TOTAL"

curl -s -u "sysadmin:$PASSWORD" -X POST -H 'Accept: application/json' "$BASE/rebuild" >/dev/null
until status | grep -q "\"notesWritten\":$TOTAL.*\"status\":\"COMPLETED\"\|\"status\":\"COMPLETED\".*\"notesWritten\":$TOTAL"; do
    status | grep -q '"status":"FAILED"' && { echo "the rebuild failed"; status; exit 1; }
    sleep 2
done
status | python3 -c '
import json, sys, datetime
s = json.load(sys.stdin)
run = s["lastRebuild"]
start = datetime.datetime.fromisoformat(run["started"].replace("Z", "+00:00"))
end = datetime.datetime.fromisoformat(run["ended"].replace("Z", "+00:00"))
seconds = (end - start).total_seconds()
print("rebuild job: %d notes in %.1f s = %.0f notes/s; index %.0f MB; health: %s" % (run["notesWritten"], seconds,
      run["notesWritten"] / seconds, s["health"]["index"]["bytesOnDisk"] / 1048576.0,
      "up to date" if not s["health"]["rebuildNeeded"] else s["health"]["reason"]))
'
