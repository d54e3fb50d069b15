#!/usr/bin/env bash
# After the decision (issue 9), charity help and insurance, against a running ./run.sh (demo profile), with
# curl: a fresh resident with 86,000 yuan of own-paid medical costs binds its real name and files for itself
# -> its matched charity projects with the remaining funds and the consent each needs -> it asks the
# 大足应急救助基金会 serious-illness project with a separate consent -> charity.dazu sees the consented fields
# and accepts 5,000 yuan -> the resident sees ACCEPTED, an in-app message and an SMS -> 低保 is decided
# (home visit, street review, 8 days of public notice, district decision) -> a 惠民济困保 claim is offered
# -> the resident consents -> the demo insurer pays asynchronously -> the payout lowers the medical aid
# still to decide. Checks the outcome and fails otherwise. Fresh people every run. Needs curl and python3.
set -euo pipefail
. "$(dirname "$0")/demo-lib.sh"
WORKER_PHONE=13900000001
ADMIN=$(staff_token admin)
DEMO_TODAY=$(demo_today "$ADMIN") # ages count at the demo clock's today, which other scripts moved ahead
read -r APPLICANT_ID APPLICANT_PHONE <<<"$(new_person 57)"

step "0. stage a fresh person in the demo registry (admin): no income, 86,000 yuan of medical costs"
stage "$ADMIN" "$APPLICANT_ID" "{\"name\":\"吴建国\",\"monthlyWage\":0,\"monthlyPension\":0,\"monthlyOtherIncome\":0,\"deposits\":1000,\"securities\":0,\"homes\":0,\"homeAreaSqm\":0,\"vehicles\":0,\"businesses\":0,\"medicalExpenses12m\":86000,\"onPublicPayroll\":false,\"deceased\":false,\"phone\":\"$APPLICANT_PHONE\"}"

step "1. the resident logs in, binds its real name and files for itself"
RES=$(phone_login "$APPLICANT_PHONE")
json_post "$M/me/real-name" "$RES" "{\"name\":\"吴建国\",\"idNumber\":\"$APPLICANT_ID\"}" >/dev/null
FILE_ID=$(curl -fsS -XPOST "$M/files" -H "Authorization: Bearer $RES" -F "file=@$WORK/photo.png" | py 'print(d["fileId"])')
cat > "$WORK/application.json" <<JSON
{"applicant": {"name": "吴建国", "idNumber": "$APPLICANT_ID", "phone": "$APPLICANT_PHONE"},
 "household": {"communityCode": "500103001001", "address": "渝中区七星岗街道金汤街 9 号",
   "members": [{"name": "吴建国", "idNumber": "$APPLICANT_ID", "relation": "SELF", "phone": "$APPLICANT_PHONE",
                "student": false, "employment": "UNEMPLOYED"}],
   "housing": {"ownsHome": false, "areaSqm": 0}},
 "hardshipCauses": ["ILLNESS"], "narrative": "身患重病，长期治疗，无收入。",
 "idCardPhotoFileId": "$FILE_ID",
 "authorization": {"letterVersion": "2026-01", "signature": "$SIG", "agreed": true}}
JSON
APP_ID=$(curl -fsS -XPOST "$M/applications" -H "Authorization: Bearer $RES" -H "Idempotency-Key: $(python3 -c 'import uuid;print(uuid.uuid4())')" \
  -H 'Content-Type: application/json' --data-binary @"$WORK/application.json" | py 'print(d["id"])')
view() { curl -fsS "$M/applications/$APP_ID" -H "Authorization: Bearer $RES"; }
for _ in $(seq 1 60); do [ "$(view | py 'print(d["status"])')" = IN_REVIEW ] && break; sleep 1; done
echo "  application $APP_ID: $(view | py 'print(d["status"])')"

step "2. the matched charity projects, their remaining funds and the consent each needs"
curl -fsS "$M/charity-projects?applicationId=$APP_ID" -H "Authorization: Bearer $RES" \
  | py '[print("  %-24s %-20s left %10s  shares: %s" % (p["projectId"], p["organisation"], p["remainingFund"], ",".join(f["code"] for f in p["consent"]["fields"]))) for p in d]'

step "3. the resident asks the serious-illness project of 大足应急救助基金会, with a separate consent"
REQ=$(json_post "$M/charity-requests" "$RES" "{\"applicationId\":\"$APP_ID\",\"projectId\":\"DAZU-ILLNESS-2025\",\"consentToShare\":true}")
echo "$REQ" | py 'print("  ", d["id"], d["status"], d["projectId"]); print("   consent:", d["consent"]["text"][:90], "...")'
REQ_ID=$(echo "$REQ" | py 'print(d["id"])')

step "4. charity.dazu: its needs (consented fields only) and its decision"
CH=$(staff_token charity.dazu)
curl -fsS "$W/charity/needs" -H "Authorization: Bearer $CH" \
  | py "[print('  ', n['requestId'], n['status'], sorted(n['data'])) for n in d if n['requestId']=='$REQ_ID']"
json_post "$W/charity/requests/$REQ_ID/decision" "$CH" '{"decision":"ACCEPT","amount":"5000.00","reason":"核实属实，给予大病救助"}' | py 'print("  ", d["status"], d["amount"])'
curl -fsS "$W/charity/projects" -H "Authorization: Bearer $CH" \
  | py '[print("  %-20s fund %10s committed %9s left %10s requests %d" % (p["projectId"], p["fund"], p["committed"], p["remainingFund"], p["requests"])) for p in d]'

step "5. the resident follows the request and is told"
curl -fsS "$M/charity-requests/$REQ_ID" -H "Authorization: Bearer $RES" | py 'print("  ", d["status"], d.get("amount"))'
curl -fsS "$M/notifications" -H "Authorization: Bearer $RES" | py '[print("  in-app:", n["title"]) for n in d[:2]]'

step "6. 低保 is decided: home visit, street review, 8 days of public notice, district decision"
WORKER=$(phone_login "$WORKER_PHONE")
WFILE=$(curl -fsS -XPOST "$M/files" -H "Authorization: Bearer $WORKER" -F "file=@$WORK/photo.png" | py 'print(d["fileId"])')
for v in $(curl -fsS "$M/worker/visits" -H "Authorization: Bearer $WORKER" | py "print(' '.join(x['taskId'] for x in d if x.get('applicationId')=='$APP_ID' and x.get('itemCode')=='DIBAO'))"); do
  json_post "$M/worker/visits/$v" "$WORKER" "{\"findings\":\"独居，身患重病，无收入。\",\"recommendation\":\"SUPPORT\",\"photoFileIds\":[\"$WFILE\"],\"latitude\":29.556,\"longitude\":106.568}" >/dev/null
done
# only this application's tasks (q): on a used database the inbox holds more than one page of others
APP_NO=$(view | py 'print(d["applicationNo"])')
task_of() { curl -fsS "$W/tasks?status=open&q=$APP_NO&size=100" -H "Authorization: Bearer $1" | py "print(next((t['taskId'] for t in d if t['applicationId']=='$APP_ID' and t['itemCode']=='DIBAO' and t['step']=='$2'), ''))"; }
JD=$(staff_token jd.qixinggang)
T=$(task_of "$JD" STREET_REVIEW); [ -n "$T" ] || fail "no street review task"
curl -fsS -o /dev/null -XPOST "$W/tasks/$T/claim" -H "Authorization: Bearer $JD"
json_post "$W/tasks/$T/complete" "$JD" '{"decision":"APPROVE","reason":"材料齐全"}' >/dev/null
json_post "$W/dev/clock" "$ADMIN" '{"advanceDays": 8}' >/dev/null; sleep 3
MZ=$(staff_token mz.yuzhong)
for _ in $(seq 1 20); do T=$(task_of "$MZ" DISTRICT_DECISION); [ -n "$T" ] && break; sleep 1; done
[ -n "$T" ] || fail "no district decision task"
curl -fsS -o /dev/null -XPOST "$W/tasks/$T/claim" -H "Authorization: Bearer $MZ"
json_post "$W/tasks/$T/complete" "$MZ" '{"decision":"APPROVE","reason":"核定低保金","amount":"810.00"}' >/dev/null
echo "  DIBAO: $(view | py 'print(next(i["status"] for i in d["items"] if i["code"]=="DIBAO"))')"

step "7. a 惠民济困保 claim is offered; the resident consents; the insurer answers"
for _ in $(seq 1 30); do CLAIM=$(curl -fsS "$M/insurance-claims?applicationId=$APP_ID" -H "Authorization: Bearer $RES" | py 'print(d[0]["id"] if d else "")'); [ -n "$CLAIM" ] && break; sleep 1; done
[ -n "$CLAIM" ] || fail "no insurance claim offered"
json_post "$M/insurance-claims/$CLAIM/consent" "$RES" '{"consent":true}' | py 'print("  ", d["status"], "claimed", d["amountClaimed"])'
for _ in $(seq 1 30); do S=$(curl -fsS "$M/insurance-claims?applicationId=$APP_ID" -H "Authorization: Bearer $RES" | py 'print(d[0]["status"])'); [ "$S" = PAID ] && break; sleep 1; done
view | py 'c=d["insuranceClaims"][0]; print("  claim:", c["status"], "paid", c.get("amountPaid"), "-", c.get("reason")); m=next(i for i in d["items"] if i["code"]=="MEDICAL_AID"); print("  MEDICAL_AID:", m["status"], "still to decide", m.get("proposedAmount"), "|", m["reasons"][-1])'

step "8. the resident's SMS"
curl -fsS "$M/dev/sms-outbox?phone=$APPLICANT_PHONE" | py '[print(" ", m["sentAt"], m["text"]) for m in d if not m.get("code")]'

RESULT=$(curl -fsS "$M/charity-requests/$REQ_ID" -H "Authorization: Bearer $RES" | py 'print(d["status"])')
PAID=$(view | py 'print(d["insuranceClaims"][0]["status"], next(i.get("proposedAmount") for i in d["items"] if i["code"]=="MEDICAL_AID"))')
[ "$RESULT" = ACCEPTED ] || fail "expected the charity request ACCEPTED, got $RESULT"
[ "$PAID" = "PAID 56000.00" ] || fail "expected the claim PAID and 56000.00 medical aid left to decide, got: $PAID"
echo; echo "PASSED: charity help accepted, insurance paid, medical aid lowered ($APP_ID)"
