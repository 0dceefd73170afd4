#!/usr/bin/env bash
# Monday morning on the large data set (issue 11): the server (-Prun, four demo agencies) on a fresh
# PostgreSQL database, its participants copied in SQL to about PARTICIPANTS (each copy with a few
# engagements, bench/warehouse-data.sh) and case notes added to about NOTES, the note index rebuilt
# and a warehouse load run through the API; then the server stopped and started again on that data
# (start to ready, from its own log), memory at rest, and the Gatling simulation bench/load
# (MondayMorning: USERS staff with a session each, over the agencies' case workers and
# coordinators, for SECONDS) with the server's memory sampled meanwhile. Prints per-step
# throughput and p50/p95/p99, errors, start-up and memory. Needs what bench/warehouse-data.sh
# needs, and the Gatling plugin's dependencies (online once). Run from the project root:
#   bench/load.sh [USERS] [SECONDS] [PARTICIPANTS] [NOTES]
# KEEP=1 keeps the database (its name is printed); REUSE=<database> skips the preparation and
# runs against that database again.
set -euo pipefail
cd "$(dirname "$0")/.."
USERS=${1:-50}
SECONDS_OF_WORK=${2:-300}
PARTICIPANTS=${3:-100000}
NOTES=${4:-1000000}
. bench/warehouse-data.sh
[ -n "${REUSE:-}" ] && { DB=$REUSE; KEEP=1; }
trap cleanup EXIT
SERVER_DIR=build/server/wildfly-39.0.1.Final
BASE=http://localhost:8080/gatehouse
AGENCIES=nrm,tgt,ccs,ras

server_pid() { pgrep -f "jboss-modules.jar.*$(realpath "$SERVER_DIR")" | head -1; }
# resident memory (MB) and, after a full collection, the heap in use (MB)
memory() {
    local pid
    pid=$(server_pid)
    echo "$(( $(ps -o rss= -p "$pid") / 1024 )) MB resident, heap in use after a collection: $(jcmd "$pid" GC.run >/dev/null;
        jcmd "$pid" GC.heap_info | sed -n 's/.* used \([0-9]*\)K.*/\1/p' | head -1 | awk '{printf "%d MB", $1 / 1024}')"
}
index_status() { curl -s -u "sysadmin:$PASSWORD" -H 'Accept: application/json' "$BASE/api/search/index"; }

if [ -z "${REUSE:-}" ]; then
    $PSQL -d postgres -c "create database $DB owner gatehouse_ci"
    echo "preparing $DB: the server with four demo agencies"
    run_server -Ddemo.agencies=4 -Ddemo.outcomes=false
    PASSWORD=$(demo_password)
    until index_status | grep -q '"status":"COMPLETED"'; do sleep 1; done
    DEMO=$(demo_participants)
    COPIES=$(( (PARTICIPANTS + DEMO - 1) / DEMO - 1 ))
    echo "demo participants: $DEMO; copies 1 to $COPIES of each, 5 engagements each"
    copy_participants 1 "$COPIES" 5
    HAVE=$($PSQL -d "$DB" -tA -c "select count(*) from case_note where current_version")
    COPIED=$($PSQL -d "$DB" -tA -c "select count(*) from participant where external_ref like '%-B%'")
    EACH=$(( (NOTES - HAVE + COPIED - 1) / COPIED ))
    echo "case notes: $HAVE; $EACH for each of the $COPIED copies, from the demo notes' texts"
    $PSQL -d "$DB" -c "insert into case_note (id, version, agency_id, participant_id, note_id, version_no,
        current_version, body, pathway, sensitivity, written_by, written_at, needs_sign_off)
      select s.new_id, 1, s.agency_id, s.participant_id, s.new_id, 1, true, s.body, s.pathway, s.sensitivity,
        'bench', s.written_at, false
      from (select nextval('case_note_seq') as new_id, p.agency_id, p.id as participant_id, d.body, d.pathway,
              d.sensitivity, least(now() - interval '1 day', p.referral_date + g * 11) as written_at
            from participant p cross join generate_series(1, $EACH) g
            join (select row_number() over (order by id) - 1 as k, body, pathway, sensitivity from case_note
                  where current_version) d on d.k = (p.id * 31 + g) % $HAVE
            where p.external_ref like '%-B%') s"
    $PSQL -d "$DB" -c "analyze"
    echo "participants: $($PSQL -d "$DB" -tA -c "select count(*) from participant"), notes: $($PSQL -d "$DB" -tA \
        -c "select count(*) from case_note where current_version"), engagements: $($PSQL -d "$DB" -tA \
        -c "select count(*) from engagement")"
    TOTAL=$($PSQL -d "$DB" -tA -c "select count(*) from case_note where current_version")
    echo "the note index rebuilt through the API"
    curl -s -u "sysadmin:$PASSWORD" -X POST -H 'Accept: application/json' "$BASE/api/search/index/rebuild" >/dev/null
    sleep 2
    until index_status | grep -q '"status":"COMPLETED"'; do
        index_status | grep -q '"status":"FAILED"' && { echo "the rebuild failed"; exit 1; }
        sleep 5
    done
    echo "a full warehouse load through the API"
    load
    stop_server
else
    PASSWORD=${PASSWORD:?"REUSE needs the demo PASSWORD of that database"}
fi

echo "start to ready on the large data set"
run_server -Ddemo.agencies=4 -Ddemo.outcomes=false
python3 - "$SERVER_DIR/standalone/log/server.log" <<'PY'
import json, sys, datetime
first = ready = None
for line in open(sys.argv[1]):
    if not line.startswith("{"):
        continue
    record = json.loads(line)
    at = datetime.datetime.fromisoformat(record["timestamp"].replace("Z", "+00:00"))
    if "WFLYSRV0049" in record["message"]:
        first, ready = at, None
    if "WFLYSRV0010" in record["message"] and "gatehouse.ear" in record["message"]:
        ready = at
print("  server start (WFLYSRV0049) to the EAR deployed (WFLYSRV0010: migrations checked, index open, screens and "
      "API answering): %.1f s" % (ready - first).total_seconds())
PY
echo "  at rest: $(memory)"

echo "Monday morning: $USERS users for $SECONDS_OF_WORK s"
PEAK=0
( while true; do
    pid=$(server_pid); [ -n "$pid" ] && ps -o rss= -p "$pid"; sleep 5
  done ) > "$LOG.rss" 2>/dev/null &
SAMPLER=$!
(cd bench/load && ../../mvnw -q gatling:test -Dusers="$USERS" -Dseconds="$SECONDS_OF_WORK" -Dramp=30 \
    -Dpassword="$PASSWORD" -Dagencies="$AGENCIES" -Dbase="$BASE") | tail -40
kill "$SAMPLER" 2>/dev/null || true
echo "  under load: $(sort -n "$LOG.rss" | tail -1 | awk '{printf "%d MB resident at most", $1 / 1024}'); after: $(memory)"
REPORT=$(ls -td bench/load/target/gatling/*/ | head -1)
# Gatling's own table (its HTML report): per request, count, KO, per second, percentiles
python3 - "$REPORT/index.html" <<'PY'
import re, sys
html = open(sys.argv[1]).read()
rows = re.findall(r'<tr id="([^"]+)"[^>]*>(.*?)</tr>', html, re.S)
print("  %-22s %7s %5s %7s %6s %6s %6s %6s" % ("", "count", "KO", "per s", "p50", "p95", "p99", "max"))
for row_id, row in rows:
    name = re.search(r'class="ellipsed-name">([^<]*)<', row)
    cols = dict(re.findall(r'class="value [a-z]+ col-(\d+)">([^<]*)<', row))
    if "2" not in cols:
        continue
    print("  %-22s %7s %5s %7s %6s %6s %6s %6s" % (name.group(1) if name else "all requests", cols["2"], cols["4"],
          cols["6"], cols["8"], cols["10"], cols["11"], cols["12"]))
PY
rm -f "$LOG.rss"
echo "database: $DB${KEEP:+ (kept; demo password ${PASSWORD:-?})}"
