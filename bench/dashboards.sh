#!/usr/bin/env bash
# The outcome dashboards and their reports timed on a real server and PostgreSQL (issue 9's
# benchmark), on the warehouse of issue 8's: the demo data's participants copied in SQL (see
# bench/warehouse-data.sh) first until one agency (NRM) has about LIST participants, whose list is
# exported as XLSX in the background (request to file ready, REPEAT times), then to about
# PARTICIPANTS with ENGAGEMENTS_EACH engagements each and a full warehouse load; then each dashboard
# as a page, as JSON and as PDF/XLSX, for a commissioner (every agency, read from the published
# table: the first request after a load builds it) and for an agency's coordinator (own agency, SQL),
# REPEAT times each once warm: median, fastest, slowest (a commissioner's first request after the
# load, the reoffending figures, builds the table the later ones read). Baselines in the same run: a
# tiny JSON request through the same HTTP and sign-in path (the dashboards' figures and reports are
# ratios to it), and psql's copy of the same participants' rows (the XLSX's). Needs what
# bench/warehouse-data.sh needs. Run from the project root:
#   bench/dashboards.sh [PARTICIPANTS] [ENGAGEMENTS_EACH] [LIST]
set -euo pipefail
cd "$(dirname "$0")/.."
PARTICIPANTS=${1:-100000}
EACH=${2:-50}
LIST=${3:-10000}
REPEAT=${REPEAT:-10}
. bench/warehouse-data.sh
trap cleanup EXIT
start_server
BASE=http://localhost:8080/gatehouse
DEMO=$(demo_participants)
NRM=$($PSQL -d "$DB" -tA -c "select count(*) from participant p join agency a on a.id = p.agency_id where a.code = 'NRM'")
FIRST=$(( (LIST + NRM - 1) / NRM - 1 ))
echo "demo participants: $DEMO (NRM: $NRM); copies 1 to $FIRST of each first"
copy_participants 1 "$FIRST" "$EACH"
ROWS=$($PSQL -d "$DB" -tA -c "select count(*) from participant p join agency a on a.id = p.agency_id where a.code = 'NRM'")

drive() {
    python3 - "$BASE" "$PASSWORD" "$REPEAT" "$@" <<'PY'
import base64, http.cookiejar, json, re, statistics, sys, time, urllib.parse, urllib.request
base, password, repeat, mode = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]

def call(user, path, method="GET", body=None, accept="*/*"):
    request = urllib.request.Request(base + "/api" + path, method=method, data=body)
    request.add_header("Authorization", "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode())
    request.add_header("Accept", accept)
    if body:
        request.add_header("Content-Type", "application/json")
    start = time.perf_counter()
    with urllib.request.urlopen(request) as response:
        data = response.read()
    return time.perf_counter() - start, data

def line(what, times, baseline=None, size=None):
    median = statistics.median(times)
    ratio = f"  = {median / baseline:6.1f} x baseline" if baseline else ""
    extra = f"  ({size:,} bytes)" if size else ""
    print(f"  {what:<58} median {median * 1000:8.1f} ms  [{min(times) * 1000:.1f}-{max(times) * 1000:.1f}]{ratio}{extra}")
    return median

if mode == "xlsx":
    times, size = [], 0
    for _ in range(repeat):
        start = time.perf_counter()
        _, body = call("coordinator.nrm", "/exports", "POST",
                       json.dumps({"kind": "PARTICIPANT_LIST", "format": "XLSX"}).encode(), "application/json")
        export = json.loads(body)["id"]
        while True:
            status = json.loads(call("coordinator.nrm", f"/exports/{export}", accept="application/json")[1])
            if status["status"] in ("READY", "FAILED"):
                break
            time.sleep(0.05)
        times.append(time.perf_counter() - start)
        if status["status"] != "READY":
            sys.exit("the export failed: " + str(status.get("failure")))
        size = len(call("coordinator.nrm", f"/exports/{export}/file")[1])
    line("participant list XLSX, asked for to ready (background)", times, size=size)
    sys.exit(0)

# a tiny JSON request through the same HTTP and sign-in path
baseline = line("baseline: GET service-level targets (JSON)",
                [call("commissioner", "/dashboards/service-levels/targets", accept="application/json")[0]
                 for _ in range(repeat * 2)])
for who, user, query in (("commissioner", "commissioner", "breakdown=AGENCY"),
                         ("agency (NRM coordinator)", "coordinator.nrm", "breakdown=PROGRAM")):
    print(f" {who}:")
    for name, path, accept in (
            ("reoffending figures (JSON)", "/dashboards/reoffending?" + query, "application/json"),
            ("reoffending report PDF", "/dashboards/reoffending/report.pdf?" + query, "application/pdf"),
            ("reoffending report XLSX", "/dashboards/reoffending/report.xlsx?" + query, "*/*"),
            ("service levels (JSON)", "/dashboards/service-levels?" + query.replace("PROGRAM", "REGION"),
             "application/json"),
            ("service-level report PDF", "/dashboards/service-levels/report.pdf?" + query, "application/pdf"),
            ("mentoring activity (JSON)", "/dashboards/mentors/activity?breakdown=AGENCY"
             if who == "commissioner" else "/dashboards/mentors/activity", "application/json")):
        first, body = call(user, path, accept=accept)
        times = [call(user, path, accept=accept)[0] for _ in range(repeat)]
        print(f"  {name + ', first request':<58} {first * 1000:8.1f} ms")
        line(name + ", warm", times, baseline, len(body))
    # the page as a browser gets it: signed in through the form, the dashboard's HTML
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(base + "/signin.xhtml").read().decode()
    state = re.search(r'name="jakarta.faces.ViewState"[^>]*value="([^"]+)"', page).group(1)
    opener.open(base + "/signin.xhtml", urllib.parse.urlencode({"signin": "signin", "signin:username": user,
        "signin:password": password, "signin:submit": "", "jakarta.faces.ViewState": state}).encode()).read()
    for name, path in (("reoffending page (HTML)", "/reoffending.xhtml?" + query),
                       ("service-levels page (HTML)", "/service-levels.xhtml?" + query.replace("PROGRAM", "REGION"))):
        times = []
        for _ in range(repeat + 1):
            start = time.perf_counter()
            html = opener.open(base + path).read()
            times.append(time.perf_counter() - start)
        if b'id="figures"' not in html and b'id="levels"' not in html:
            sys.exit("the page did not show the dashboard (signed in?)")
        line(name + ", warm", times[1:], baseline, len(html))
PY
}

echo "the participant list of an agency with $ROWS participants, as XLSX, made in the background:"
drive xlsx
LIST_COLUMNS="r.name, p.external_ref, p.justice_id, p.family_name || ', ' || p.given_name, g.name, p.expected_release_date, p.actual_release_date, p.exit_date"
START=$(date +%s.%N)
$PSQL -d "$DB" -c "\\copy (select $LIST_COLUMNS from participant p join agency a on a.id = p.agency_id join region r on r.id = p.region_id join program g on g.id = p.program_id where a.code = 'NRM' order by r.name, 4) to '/dev/null' csv"
END=$(date +%s.%N)
python3 -c "print('  baseline: psql copy of the same %d rows to CSV: %.1f ms' % ($ROWS, ($END - $START) * 1000))"

SECOND=$(( (PARTICIPANTS + DEMO - 1) / DEMO - 1 ))
[ "$SECOND" -gt "$FIRST" ] || { echo "PARTICIPANTS ($PARTICIPANTS) must be well above LIST ($LIST)" >&2; exit 1; }
echo "copies $(( FIRST + 1 )) to $SECOND of each, $EACH engagements each; then a full warehouse load"
copy_participants "$(( FIRST + 1 ))" "$SECOND" "$EACH"
echo "participants: $($PSQL -d "$DB" -tA -c "select count(*) from participant"), engagements: \
$($PSQL -d "$DB" -tA -c "select count(*) from engagement")"
load
echo "cohort members: $($PSQL -d "$DB" -tA -c "select count(*) from warehouse.fact_reoffending_member"), service-level \
rows: $($PSQL -d "$DB" -tA -c "select count(*) from warehouse.fact_service_level")"
echo "the dashboards ($REPEAT times each once warm):"
drive dashboards
