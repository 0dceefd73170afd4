#!/usr/bin/env bash
# Faults (issue 11), each a scripted scenario on a real server (-Prun, the demo data) and the local
# PostgreSQL, printing what happened and what was left behind:
#   database-restart  PostgreSQL stopped for 10 s and started again while 8 clients register
#                     participants through the API (each with an Idempotency-Key); every refused
#                     request sent again with its key once the database is back
#   killed-import     the server killed (kill -9) during a participant import of 50,000 rows sent
#                     over the API; restarted from the job monitor after the server is back
#   killed-rebuild    the server killed during a note index rebuild; restarted the same way
#   killed-load       the server killed during a full warehouse load; restarted the same way
#   index-deleted     the search index's directory deleted under the running server; rebuilt
#   disk-full         the index on a 4 MB file system (tmpfs) and a rebuild started; the export
#                     files' table on a 1 MB tablespace and an export asked for
# Needs what bench/warehouse-data.sh needs, root (pg_ctlcluster, mount) and port 8080 free. Run from
# the project root: bench/faults.sh [SCENARIO...] (all by default).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/warehouse-data.sh
DB="gatehouse_faults_$(date +%s)"
SCENARIOS=${*:-database-restart killed-import killed-rebuild killed-load index-deleted disk-full}
BASE=http://localhost:8080/gatehouse
SERVER_DIR=build/server/wildfly-39.0.1.Final
SMALL=/tmp/gatehouse-faults-small
finish() {
    umount "$SMALL/index" 2>/dev/null || true
    $PSQL -d "$DB" -c "alter table export_file set tablespace pg_default" >/dev/null 2>&1 || true
    cleanup
    $PSQL -d postgres -c "drop tablespace if exists gatehouse_faults_small" >/dev/null 2>&1 || true
    umount "$SMALL/tablespace" 2>/dev/null || true
}
trap finish EXIT

api() { curl -s -u "$1:$PASSWORD" -H 'Accept: application/json' "${@:2}"; }
sql() { $PSQL -d "$DB" -tA -c "$1"; }
server_pid() { pgrep -f "jboss-modules.jar.*$(realpath "$SERVER_DIR")" | head -1; }
ready() { curl -s -o /dev/null -w '%{http_code}' "$BASE/health/ready"; }
# The status of job run $1 (the job monitor's), or of the last run of job $2 when $1 is empty.
job_status() {
    api sysadmin "$BASE/api/jobs" | python3 -c "
import json, sys
runs = [r for r in json.load(sys.stdin) if r['executionId'] == int('${1:-0}') or ('$1' == '' and r['job'] == '${2:-}')]
print(runs[0]['status'] if runs else 'NONE')"
}
wait_job() {  # run id; waits until it has ended, prints its status
    local status
    for _ in $(seq 1 900); do
        status=$(job_status "$1")
        case $status in COMPLETED|FAILED|STOPPED|ABANDONED|NONE|"") echo "${status:-UNKNOWN}"; return 0;; esac
        sleep 1
    done
    echo "TIMEOUT"
}
index_status() { api sysadmin "$BASE/api/search/index"; }
index_field() { index_status | python3 -c "import json,sys; s=json.load(sys.stdin); s.setdefault('lastRebuild', {}); print($1)"; }
# kills the server's JVM at once (no shutdown hooks, no commits: a power cut) and waits for Maven to end
kill_server() {
    kill -9 "$(server_pid)"
    wait "$SERVER" 2>/dev/null || true
    SERVER=""
}

database_restart() {
    echo "== database-restart: PostgreSQL stopped for 10 s under 8 clients registering participants"
    local out body
    out=$(mktemp -d)
    local writers=()
    for w in $(seq 1 8); do
        (
            end=$((SECONDS + 50))
            n=0
            while [ $SECONDS -lt $end ]; do
                n=$((n + 1))
                key=$(cat /proc/sys/kernel/random/uuid)
                body="{\"externalRef\":\"DBR-$w-$n\",\"justiceId\":\"A1234BC\",\"givenName\":\"Dee\",\"familyName\":\"Restart\",\"dateOfBirth\":\"1990-05-01\",\"gender\":\"F\",\"region\":\"NORTH\",\"prison\":\"HMP Northgate\",\"program\":\"REINT\",\"referralDate\":\"$(date -d '-20 days' +%F)\",\"expectedReleaseDate\":\"$(date -d '+20 days' +%F)\",\"vulnerabilities\":[\"NFA\"]}"
                answer=$(curl -s -m 30 -o "$out/body-$w" -w '%{http_code} %{content_type} %{time_total}' \
                    -u "coordinator.nrm:$PASSWORD" -H 'Content-Type: application/json' -H 'Accept: application/json' \
                    -H "Idempotency-Key: $key" -d "$body" "$BASE/api/v1/participants" || echo "000 none 30")
                echo "DBR-$w-$n $key $(date +%s.%N) $answer" >> "$out/first-$w"
                [ "${answer%% *}" = 201 ] || echo "$key $body" >> "$out/again-$w"
            done
        ) &
        writers+=($!)
    done
    sleep 15
    local stopped_at started_at
    stopped_at=$(date +%s.%N)
    pg_ctlcluster 15 main stop -m fast
    sleep 10
    pg_ctlcluster 15 main start
    started_at=$(date +%s.%N)
    wait "${writers[@]}"
    cat "$out"/first-* > "$out/first"
    echo "  requests: $(wc -l < "$out/first"); answers while it was down or coming back:"
    awk -v a="$stopped_at" '$3 >= a { print "    " $4 " " $5 }' "$out/first" | sort | uniq -c | sort -rn | head -8
    python3 - "$out/first" "$started_at" <<'PY'
import sys
rows = [l.split() for l in open(sys.argv[1])]
started = float(sys.argv[2])
after = sorted(float(r[2]) for r in rows if float(r[2]) >= started and r[3] == "201")
print("  first save after PostgreSQL was started again: %.1f s later" % (after[0] - started) if after
      else "  no save after PostgreSQL was started again")
slow = max(float(r[5]) for r in rows)
print("  longest answer: %.1f s" % slow)
PY
    # what failed, sent again with the same key: saved once, or answered with what was saved
    cat "$out"/again-* 2>/dev/null > "$out/again" || true
    local again=0 replayed=0
    while read -r key body; do
        again=$((again + 1))
        answer=$(curl -s -D - -o /dev/null -u "coordinator.nrm:$PASSWORD" -H 'Content-Type: application/json' \
            -H 'Accept: application/json' -H "Idempotency-Key: $key" -d "$body" "$BASE/api/v1/participants")
        grep -q "^HTTP/1.1 201" <<< "$answer" || { echo "  sent again, not saved: $(head -1 <<< "$answer")"; }
        grep -qi "^Idempotent-Replayed: true" <<< "$answer" && replayed=$((replayed + 1))
    done < "$out/again"
    echo "  refused and sent again with their keys: $again, of which $replayed had been saved before the answer was lost"
    local sent saved duplicates half
    sent=$(wc -l < "$out/first")
    saved=$(sql "select count(*) from participant where external_ref like 'DBR-%'")
    duplicates=$(sql "select count(*) from (select external_ref from participant where external_ref like 'DBR-%'
        group by external_ref having count(*) > 1) d")
    half=$(sql "select count(*) from participant p where p.external_ref like 'DBR-%' and (
        not exists (select 1 from participant_vulnerability v where v.participant_id = p.id)
        or not exists (select 1 from audit_event a where a.record_type = 'Participant'
                       and a.record_id = cast(p.id as varchar(64)) and a.kind = 'CREATE')
        or not exists (select 1 from idempotent_request i where i.resource = 'participants/' || p.id))")
    echo "  sent: $sent participants; saved: $saved; saved twice: $duplicates; saved without their" \
        "vulnerability, audit record or key (half-saved): $half"
    [ "$saved" = "$sent" ] && [ "$duplicates" = 0 ] && [ "$half" = 0 ] && echo "  RESULT: nothing lost, nothing doubled, nothing half-saved" \
        || echo "  RESULT: FAILED"
    rm -rf "$out"
}

killed_import() {
    local rows=50000 file run execution summary status
    echo "== killed-import: the server killed during a participant import of $rows rows, restarted from the job monitor"
    file=$(mktemp)
    # every 50th row with a date that is none: rejected, as in an uninterrupted run
    python3 - "$rows" > "$file" <<'PY'
import sys
rows = int(sys.argv[1])
print("external_ref,justice_id,given_name,family_name,date_of_birth,gender,region,prison,program,"
      "referral_date,expected_release_date,vulnerabilities", end="\r\n")
for n in range(rows):
    born = "1990-13-01" if n % 50 == 49 else "1990-05-01"
    print(f"KI-{n},K{n:07d}X,Kim,Killed{n},{born},F,NORTH,HMP Northgate,REINT,2026-01-10,2026-12-01,NFA", end="\r\n")
PY
    run=$(curl -s -u "coordinator.nrm:$PASSWORD" -H 'Content-Type: text/csv' -H 'Accept: application/json' \
        --data-binary "@$file" "$BASE/api/v1/participant-imports?fileName=killed.csv" \
        | python3 -c 'import json,sys; print(json.load(sys.stdin)["runId"])')
    summary() { api coordinator.nrm "$BASE/api/v1/participant-imports/$run" | python3 -c "
import json,sys; s=json.load(sys.stdin); print(s['status'], s['read'], s['imported'], s['updated'], s['unchanged'], s['rejected'])"; }
    until [ "$(summary | awk '{print $3 + $6}')" -gt $((rows / 3)) ]; do sleep 0.2; done
    execution=$(api sysadmin "$BASE/api/jobs" | python3 -c "
import json, sys
print([r for r in json.load(sys.stdin) if r['job'] == 'participant-import'][0]['executionId'])")
    echo "  import $run (job run $execution): killed at $(summary) (status read imported updated unchanged rejected)"
    killed_and_restarted "$execution" import
    echo "  the restarted import: $status; the run: $(summary)"
    local kept distinct
    kept=$(sql "select count(*) from participant where external_ref like 'KI-%'")
    distinct=$(sql "select count(distinct external_ref) from participant where external_ref like 'KI-%'")
    echo "  participants kept: $kept ($distinct distinct; $((rows - rows / 50)) good rows sent)"
    echo "  RESULT: $( [ "$status" = COMPLETED ] && [ "$kept" = $((rows - rows / 50)) ] && [ "$distinct" = "$kept" ] \
        && echo "every good row kept once, as an uninterrupted import keeps them" || echo FAILED)"
    rm -f "$file"
}

killed_rebuild() {
    echo "== killed-rebuild: the server killed during a note index rebuild, restarted from the job monitor"
    local notes run status
    notes=$(sql "select count(*) from case_note where current_version")
    api sysadmin -X POST "$BASE/api/search/index/rebuild?notesPerChunk=500" >/dev/null
    run=$(index_field "s['lastRebuild']['executionId']")
    until [ "$(index_field "s['lastRebuild']['notesWritten']")" -gt $((notes / 3)) ]; do sleep 0.2; done
    echo "  rebuild $run of $notes notes: killed at $(index_field "s['lastRebuild']['notesWritten']") indexed"
    killed_and_restarted "$run" rebuild
    echo "  the restarted rebuild: $status, $(index_field "s['lastRebuild'].get('notesWritten')") notes written;" \
        "index: $(index_field "s['health']['indexed']") of $(index_field "s['health']['inDatabase']") notes," \
        "rebuild needed: $(index_field "s['health']['rebuildNeeded']")"
    echo "  RESULT: $( [ "$status" = COMPLETED ] && [ "$(ready)" = 200 ] && echo "rebuilt whole, ready" || echo FAILED)"
}

# Kills the server, starts it again (in this shell: cleanup stops it) and restarts run $1 (a $2)
# from the job monitor; sets status to how the restarted run ended.
killed_and_restarted() {
    kill_server
    run_server -Ddemo.outcomes=false
    echo "  after the restart: ready $(ready), the $2 $(job_status "$1"); restarted from the job monitor"
    status=$(wait_job "$(api sysadmin -X POST "$BASE/api/jobs/$1/restart" \
        | python3 -c 'import json,sys; print(json.load(sys.stdin)["run"])')")
}

# What the published warehouse holds, to compare two loads of the same data.
warehouse_facts() {
    sql "select (select count(*) from warehouse.fact_engagement) || ' engagements, '
        || (select count(*) from warehouse.fact_case_episode) || ' episodes, '
        || (select count(*) from warehouse.fact_episode_milestone) || ' milestones, '
        || (select count(*) from warehouse.fact_release) || ' releases, '
        || (select count(*) || ' service-level rows (' || coalesce(sum(numerator), 0) || '/'
            || coalesce(sum(denominator), 0) || ')' from warehouse.fact_service_level)"
}

killed_load() {
    echo "== killed-load: the server killed during a full warehouse load, restarted from the job monitor"
    echo "  the same load uninterrupted first, for the figures to compare"
    load >/dev/null
    local facts_before run status facts_after
    facts_before=$(warehouse_facts)
    echo "  published: $facts_before"
    run=$(api sysadmin -X POST "$BASE/api/jobs/warehouse-load?casesPerPage=500&engagementsPerPage=2000" \
        | python3 -c 'import json,sys; print(json.load(sys.stdin)["run"])')
    # killed while the engagements are being read (the largest step), half-way through the load
    until api sysadmin "$BASE/api/jobs/$run/steps" | grep -q '"step":"engagements"'; do sleep 0.1; done
    echo "  load $run: killed at step $(api sysadmin "$BASE/api/jobs/$run/steps" | python3 -c '
import json,sys; s=json.load(sys.stdin); print(s[-1]["step"] if s else "none", "(" + str(sum(x["written"] for x in s)) + " written)")')"
    killed_and_restarted "$run" load
    facts_after=$(warehouse_facts)
    echo "  the restarted load: $status; published: $facts_after"
    echo "  RESULT: $( [ "$status" = COMPLETED ] && [ "$facts_after" = "$facts_before" ] && echo "the same warehouse as the uninterrupted load" || echo FAILED)"
}

index_deleted() {
    echo "== index-deleted: the index directory deleted under the running server"
    rm -rf "$SERVER_DIR/standalone/data/search"
    sleep 2
    local search
    search=$(curl -s -o /dev/null -w '%{http_code}' -u "case_worker.nrm:$PASSWORD" -H 'Accept: application/json' \
        "$BASE/api/v1/search?q=housing")
    echo "  ready: $(ready) ($(curl -s "$BASE/health/ready" | head -c 300)); a search answers $search"
    echo "  the index check: $(index_field "s['health']['reason']")"
    api sysadmin -X POST "$BASE/api/search/index/rebuild" >/dev/null
    sleep 1
    wait_job "$(index_field "s['lastRebuild']['executionId']")" >/dev/null
    search=$(curl -s -o /dev/null -w '%{http_code}' -u "case_worker.nrm:$PASSWORD" -H 'Accept: application/json' \
        "$BASE/api/v1/search?q=housing")
    echo "  after a rebuild: $(index_field "s['lastRebuild']['status']"), ready $(ready), a search answers $search"
}

disk_full() {
    echo "== disk-full: the index on a 4 MB file system, the export files on a 1 MB tablespace"
    mkdir -p "$SMALL/index" "$SMALL/tablespace"
    stop_server
    mount -t tmpfs -o size=4m tmpfs "$SMALL/index"
    run_server -Ddemo.outcomes=false -Dindex.dir="$SMALL/index"
    echo "  at start on the small disk: ready $(ready); index: $(index_field "s['health']['reason']")"
    api sysadmin -X POST "$BASE/api/search/index/rebuild" >/dev/null
    sleep 1
    local rebuild
    rebuild=$(index_field "s['lastRebuild']['executionId']")
    echo "  a rebuild: $(wait_job "$rebuild") — $(api sysadmin "$BASE/api/jobs" | python3 -c "
import json, sys
print([r for r in json.load(sys.stdin) if r['executionId'] == $rebuild][0]['failure'])")"
    echo "  ready: $(ready) ($(curl -s "$BASE/health/ready" | head -c 300))"
    mount -o remount,size=512m "$SMALL/index"
    echo "  given room, a restart from the checkpoint: $(api sysadmin -X POST "$BASE/api/search/index/restart" \
        | head -c 400)"
    api sysadmin -X POST "$BASE/api/search/index/rebuild" >/dev/null
    sleep 1
    echo "  a new rebuild: $(wait_job "$(index_field "s['lastRebuild']['executionId']")"), ready $(ready)"

    mount -t tmpfs -o size=1m tmpfs "$SMALL/tablespace"
    chown postgres:postgres "$SMALL/tablespace"
    $PSQL -d postgres -c "create tablespace gatehouse_faults_small location '$SMALL/tablespace'"
    sql "alter table export_file set tablespace gatehouse_faults_small" >/dev/null
    local id status
    id=$(api coordinator.nrm -H 'Content-Type: application/json' -X POST \
        -d '{"kind":"PARTICIPANT_LIST","format":"PDF","parameters":{}}' "$BASE/api/v1/exports" \
        | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
    for _ in $(seq 1 120); do
        status=$(api coordinator.nrm "$BASE/api/v1/exports/$id" | python3 -c 'import json,sys; print(json.load(sys.stdin)["status"])')
        case $status in READY|FAILED) break;; esac
        sleep 1
    done
    echo "  an export: $status — $(api coordinator.nrm "$BASE/api/v1/exports/$id" | head -c 400)"
}

start_server
until [ "$(index_field "s['lastRebuild'].get('status')")" = COMPLETED ]; do sleep 1; done
# enough data for a rebuild and a load to be killed half-way: about 300,000 notes, 60,000 cases
multiply_notes 300000
copy_participants 1 $(( 60000 / $(demo_participants) )) 5
for scenario in $SCENARIOS; do
    ${scenario//-/_}
done
