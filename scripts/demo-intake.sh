#!/usr/bin/env bash
# The intake journey against a running ./run.sh (demo profile), the trusted way (issue 7):
# stage a fresh household in the demo registry (each person with a phone on file) -> the applicant logs in
# with the phone on file and binds the account to herself (real-name check) -> uploads an ID-card photo
# -> files (AWAITING_AUTHORIZATION, one pending co-signer) -> the spouse asks for a code through her link;
# it goes to HER phone on file, not to a number the filer typed -> she co-signs -> the economic check
# runs -> the script checks the outcome (DIBAO in review) and fails otherwise.
# Fresh people every run: runs in any order with demo-journey.sh, more than once, on a used database.
set -euo pipefail
. "$(dirname "$0")/demo-lib.sh"

ADMIN=$(staff_token admin)
DEMO_TODAY=$(demo_today "$ADMIN") # ages count at the demo clock's today (the child stays 15 there)
read -r APPLICANT_ID APPLICANT_PHONE <<<"$(new_person 48)"
read -r SPOUSE_ID SPOUSE_PHONE <<<"$(new_person 46)"
read -r CHILD_ID _ <<<"$(new_person 15)"

step "0. stage the household in the demo registry (admin): incomes, and the phones on file"
stage "$ADMIN" "$APPLICANT_ID" "{\"name\":\"李军\",\"monthlyWage\":0,\"monthlyPension\":0,\"monthlyOtherIncome\":0,\"deposits\":3000,\"securities\":0,\"homes\":0,\"homeAreaSqm\":0,\"vehicles\":0,\"businesses\":0,\"disabilityGrade\":2,\"medicalExpenses12m\":18000,\"onPublicPayroll\":false,\"deceased\":false,\"phone\":\"$APPLICANT_PHONE\"}"
stage "$ADMIN" "$SPOUSE_ID" "{\"name\":\"王芳\",\"monthlyWage\":300,\"monthlyPension\":0,\"monthlyOtherIncome\":0,\"deposits\":2000,\"securities\":0,\"homes\":0,\"homeAreaSqm\":0,\"vehicles\":0,\"businesses\":0,\"medicalExpenses12m\":0,\"onPublicPayroll\":false,\"deceased\":false,\"phone\":\"$SPOUSE_PHONE\"}"
stage "$ADMIN" "$CHILD_ID" '{"name":"李小明","monthlyWage":0,"monthlyPension":0,"monthlyOtherIncome":0,"deposits":0,"securities":0,"homes":0,"homeAreaSqm":0,"vehicles":0,"businesses":0,"medicalExpenses12m":0,"onPublicPayroll":false,"deceased":false}'
echo "  staged 李军 ($APPLICANT_PHONE), 王芳 ($SPOUSE_PHONE), 李小明 (15, no phone)"

step "1. the letter in force (no login)"
curl -fsS "$M/authorization-letter" | py 'print(" ", d["letterVersion"], d["textSha256"][:16] + "...")'

step "2. 李军 logs in with his phone on file and binds the account to himself"
TOKEN=$(phone_login "$APPLICANT_PHONE")
json_post "$M/me/real-name" "$TOKEN" "{\"name\":\"李军\",\"idNumber\":\"$APPLICANT_ID\"}" | py 'print(" ", d)'
curl -fsS "$M/me" -H "Authorization: Bearer $TOKEN" | py 'print("  /me:", d)'

step "3. upload the ID-card photo and file"
FILE_ID=$(curl -fsS -XPOST "$M/files" -H "Authorization: Bearer $TOKEN" -F "file=@$WORK/photo.png" | py 'print(d["fileId"])')
cat > "$WORK/application.json" <<JSON
{"applicant": {"name": "李军", "idNumber": "$APPLICANT_ID", "phone": "$APPLICANT_PHONE"},
 "household": {"communityCode": "500103001001", "address": "渝中区七星岗街道金汤街 1 号",
   "members": [
     {"name": "李军", "idNumber": "$APPLICANT_ID", "relation": "SELF", "phone": "$APPLICANT_PHONE",
      "disabilityGrade": 2, "student": false, "employment": "UNEMPLOYED"},
     {"name": "王芳", "idNumber": "$SPOUSE_ID", "relation": "SPOUSE", "student": false, "employment": "EMPLOYED"},
     {"name": "李小明", "idNumber": "$CHILD_ID", "relation": "CHILD", "student": true, "employment": "STUDENT"}],
   "housing": {"ownsHome": false, "areaSqm": 0}},
 "hardshipCauses": ["ILLNESS", "DISABILITY"],
 "narrative": "本人二级肢体残疾，失业，医疗支出大。",
 "idCardPhotoFileId": "$FILE_ID",
 "authorization": {"letterVersion": "2026-01", "signature": "$SIG", "agreed": true}}
JSON
STATUS=$(curl -sS -o "$WORK/view.json" -w '%{http_code}' -XPOST "$M/applications" -H "Authorization: Bearer $TOKEN" \
  -H "Idempotency-Key: $(python3 -c 'import uuid; print(uuid.uuid4())')" -H 'Content-Type: application/json' \
  --data-binary @"$WORK/application.json")
[ "$STATUS" = 201 ] || fail "filing: $STATUS $(cat "$WORK/view.json")"
APP_ID=$(py 'print(d["id"])' < "$WORK/view.json")
py 'print(" ", d["applicationNo"], d["status"], [p["memberName"] for p in d["pendingAuthorizations"]])' < "$WORK/view.json"
MEMBER_TOKEN=$(py 'print(d["pendingAuthorizations"][0]["authorizeUrl"].split("#token=")[1])' < "$WORK/view.json")

step "4. 王芳 opens her link (no login) and co-signs with a code sent to her phone on file"
curl -fsS "$M/authorizations/$MEMBER_TOKEN" | py 'print(" ", {k: d[k] for k in ("applicationNo","applicantName","memberName","letterVersion","expiresAt")})'
co_sign "$MEMBER_TOKEN" 王芳 "$SPOUSE_ID" "$SPOUSE_PHONE"

step "5. the economic check and the happiness list"
for _ in $(seq 1 60); do
  S=$(curl -fsS "$M/applications/$APP_ID" -H "Authorization: Bearer $TOKEN" | py 'print(d["status"])')
  [ "$S" = IN_REVIEW ] && break; sleep 1
done
curl -fsS "$M/applications/$APP_ID" -H "Authorization: Bearer $TOKEN" > "$WORK/view.json"
py 'print("  status:", d["status"]); [print("   %-18s %s" % (i["code"], i["status"])) for i in d["items"]]' < "$WORK/view.json"
DIBAO=$(py 'print(next((i["status"] for i in d["items"] if i["code"]=="DIBAO"), "none"))' < "$WORK/view.json")
[ "$S" = IN_REVIEW ] && [ "$DIBAO" = IN_REVIEW ] || fail "expected IN_REVIEW with DIBAO in review, got $S / DIBAO $DIBAO"
echo; echo "PASSED: filed as himself, co-signed through the phone on file, DIBAO in review ($APP_ID)"
