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
. bench/warehouse-data.sh
DB="gatehouse_rebuild_$(date +%s)"
trap cleanup EXIT

start_server
BASE=http://localhost:8080/gatehouse/api/search/index
status() { curl -s -u "sysadmin:$PASSWORD" -H 'Accept: application/json' "$BASE"; }
# the rebuild at first start (the index is new) must be over before ours
until status | grep -q '"status":"COMPLETED"'; do sleep 1; done

multiply_notes "$NOTES"
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
