#!/usr/bin/env bash
# Dynamic monitoring (动态监测, issue 9) against a running ./run.sh (demo profile), with curl: the whole journey
# (scripts/demo-journey.sh) closes a fresh household with 低保 granted, so the household is under monitoring ->
# the registry changes: the wife now earns 4,000 yuan a month (staging her is the data feed's change event) ->
# a DATA_CHANGED alert names the fact that changed and a DATA_CHANGE run re-screens exactly that household ->
# the lost conditions became review cases at once (the 低保 review starts with the community's home visit,
# joint items go to their departments' inboxes, GET /tasks) and the worker sees every alert -> the
# administrator raises the district's urban 低保 standard from next month (POST /admin/parameters) -> the
# run it starts re-screens the district's monitored households (households, changed, alerts): as many as the
# administrator's preview of that version lists, this household among them. Checks each step's outcome (the
# worker's 低保 visit and a department task for every other item under review, the run's households) and fails
# otherwise. Fresh people every run, and the standard goes up by 10 yuan on a date not
# used before, so it runs again on a used database. Needs curl and python3.
set -euo pipefail
. "$(dirname "$0")/demo-lib.sh"
COMMUNITY=500103001001

step "0. the whole journey first: a household closed with 低保 granted is under monitoring"
JOURNEY_OUT="$WORK/journey.out" "$(dirname "$0")/demo-journey.sh" > "$WORK/journey.log" 2>&1 \
  || { tail -20 "$WORK/journey.log"; fail "the journey"; }
read -r APP_ID APPLICANT_ID SPOUSE_ID < "$WORK/journey.out"
tail -1 "$WORK/journey.log"
ADMIN=$(staff_token admin)
alerts_of_app() { # KIND -> the alerts of this application's household (kind, status, run, items, follow-ups, reasons)
  curl -fsS "$W/monitoring/alerts?regionCode=$COMMUNITY&size=100${1:+&kind=$1}" -H "Authorization: Bearer $ADMIN" \
    | py "import json; print(json.dumps([a for a in d if a.get('applicationId')=='$APP_ID']))"
}
run_done() { # RUN_ID -> waits until the run ends, prints it
  for _ in $(seq 1 120); do
    R=$(curl -fsS "$W/monitoring/runs/$1" -H "Authorization: Bearer $ADMIN")
    [ "$(echo "$R" | py 'print(d["status"])')" != RUNNING ] && break; sleep 1
  done
  echo "$R" | py 'print("  run %s %s (%s): %s households, %s changed, %s alerts" % (d["id"][:8], d["trigger"], d["status"], d["households"], d["changed"], d["alerts"]))'
  [ "$(echo "$R" | py 'print(d["status"])')" = DONE ] || fail "run $1 did not end DONE"
}

step "1. the registry changes: the wife (王芳) now earns 4,000 yuan a month (the data feed's change event)"
stage "$ADMIN" "$SPOUSE_ID" '{"name":"王芳","monthlyWage":4000,"monthlyPension":0,"monthlyOtherIncome":0,"deposits":2000,"securities":0,"homes":0,"homeAreaSqm":0,"vehicles":0,"businesses":0,"medicalExpenses12m":0,"onPublicPayroll":false,"deceased":false}'
RUN=""
for _ in $(seq 1 30); do
  RUN=$(alerts_of_app DATA_CHANGED | py 'print(d[0]["runId"] if d else "")'); [ -n "$RUN" ] && break; sleep 1
done
[ -n "$RUN" ] || fail "no DATA_CHANGED alert for the household"
run_done "$RUN"

step "2. the alerts of that run: what the worker sees, and what was acted on at once"
alerts_of_app "" | py "[print('  %-19s %-9s items %-40s follow-up cases %d | %s' % (a['kind'], a['status'], ','.join(i['itemCode'] for i in a['items']), len(a['followUpCaseIds']), a['reasons'][0][:60])) for a in d if a['runId']=='$RUN']"
LOST=$(alerts_of_app NO_LONGER_ELIGIBLE | py "print(next((a['status'] for a in d if a['runId']=='$RUN'), 'none'))")
[ "$LOST" = FOLLOW_UP ] || fail "expected the lost 低保 to become a review (FOLLOW_UP), got $LOST"

step "3. the reviews are tasks: the 低保 review's home visit for the worker, joint items in the departments' inboxes"
WORKER=$(phone_login 13900000001)
VISITS=$(curl -fsS "$M/worker/visits" -H "Authorization: Bearer $WORKER")
echo "$VISITS" | py "[print('  worker visit:', v.get('itemCode'), v.get('applicationNo')) for v in d if v.get('applicationId')=='$APP_ID']"
[ "$(echo "$VISITS" | py "print(sum(1 for v in d if v.get('applicationId')=='$APP_ID' and v.get('itemCode')=='DIBAO'))")" -ge 1 ] \
  || fail "the worker has no 低保 review visit for the household"
APP_NO=$(curl -fsS "$M/applications/$APP_ID" -H "Authorization: Bearer $WORKER" | py 'print(d["applicationNo"])')
# the items the lost conditions put under review, but 低保 (the worker's visit above): each must be a department's task
JOINT=$(alerts_of_app NO_LONGER_ELIGIBLE \
  | py "print(' '.join(sorted({i['itemCode'] for a in d if a['runId']=='$RUN' for i in a['items']} - {'DIBAO'})))")
[ -n "$JOINT" ] || fail "the lost conditions named no joint item"
: > "$WORK/inbox-items"
for u in mz.yuzhong zj.yuzhong sf.yuzhong yb.yuzhong jy.yuzhong rs.yuzhong yj.yuzhong fg.yuzhong; do
  curl -fsS "$W/tasks?q=$APP_NO&size=100" -H "Authorization: Bearer $(staff_token $u)" \
    | py "[print('$u', t['itemCode'], t['step'], t['dueAt']) for t in d if t['applicationId']=='$APP_ID']" >> "$WORK/inbox-items"
done
sed 's/^\([^ ]*\) /  \1 inbox: /' "$WORK/inbox-items"
for item in $JOINT; do
  awk -v i="$item" '$2 == i && $3 == "DEPARTMENT_REVIEW" {found=1} END {exit !found}' "$WORK/inbox-items" \
    || fail "no department has a review task for $item of $APP_NO"
done
echo "  every joint item under review is a department's task: $JOINT"

step "4. the administrator raises 渝中区's urban 低保 standard from next month (a date not used before)"
# "next month" of the demo clock, not of this machine: the API refuses a standard from before the business today,
# and the other demo scripts move that clock ahead (8 days a journey, up to 31 a payments run)
TODAY=$(demo_today "$ADMIN")
NEXT=$(python3 -c "import datetime; t=datetime.date.fromisoformat('$TODAY'); print((t.replace(day=1)+datetime.timedelta(days=32)).replace(day=1))")
CURRENT=$(curl -fsS "$W/admin/parameters?key=DIBAO_STANDARD_URBAN&regionCode=500103" -H "Authorization: Bearer $ADMIN" \
  | py 'v=max(d, key=lambda p: p["effectiveFrom"]); print(v["value"])')
# what a 渝中区 version re-screens (the run reads the same rows): this household among them, and how many
PREVIEW=$(curl -fsS -D "$WORK/preview.headers" "$W/admin/parameters/rescreen-households?regionCode=500103&size=100" \
  -H "Authorization: Bearer $ADMIN")
IN_SCOPE=$(tr -d '\r' < "$WORK/preview.headers" | awk -F': ' 'tolower($1)=="x-total-count" {print $2}')
echo "  a 渝中区 version re-screens $IN_SCOPE monitored household(s)"
[ "$(echo "$PREVIEW" | py "print(sum(1 for h in d if h['applicationNo']=='$APP_NO'))")" = 1 ] \
  || fail "the household $APP_NO is not among the households a 渝中区 version re-screens"
for i in $(seq 0 200); do
  FROM=$(python3 -c "import datetime; print(datetime.date.fromisoformat('$NEXT')+datetime.timedelta(days=$i))")
  VALUE=$(python3 -c "print('%.2f' % (float('$CURRENT') + 10))")
  A=$(curl -sS -w '\n%{http_code}' -XPOST "$W/admin/parameters" -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
    -d "{\"key\":\"DIBAO_STANDARD_URBAN\",\"regionCode\":\"500103\",\"value\":\"$VALUE\",\"effectiveFrom\":\"$FROM\",\"source\":\"demo-monitoring.sh\"}")
  [ "$(echo "$A" | tail -1)" = 201 ] && break
done
[ "$(echo "$A" | tail -1)" = 201 ] || fail "publishing the standard: $A"
echo "  DIBAO_STANDARD_URBAN@500103 = $VALUE from $FROM"
run_done "$(echo "$A" | head -1 | py 'print(d["screeningRunId"])')"
SCREENED=$(echo "$R" | py 'print(d["households"])')
[ "$SCREENED" -ge 1 ] && [ "$SCREENED" = "$IN_SCOPE" ] \
  || fail "the run re-screened $SCREENED household(s), not the $IN_SCOPE of 渝中区 (this one among them)"
[ "$(echo "$R" | py 'print(d["regionCode"], d["screenDate"])')" = "500103 $FROM" ] \
  || fail "the run is not over 500103 with the parameters of $FROM: $R"

echo; echo "PASSED: a registry change and a new standard re-screened the monitored households ($APP_ID)"
