#!/usr/bin/env bash
# The whole journey of the workflow issue against a running ./run.sh (demo profile), with curl:
# a community worker files for household 1 of seeds/DEMO-PEOPLE.md (李军: grade-2 disability, a student
# son, no home) -> the wife co-signs -> the happiness list -> home visit -> street review -> 8 days pass
# (public notice) -> district decision with the amount -> joint items decided in their departments ->
# the application closes and one SMS goes out. Needs curl and python3.
set -euo pipefail
M=${MOBILE_API:-http://localhost:8081/api/v1}
W=${WEB_API:-http://localhost:8080/api/v1}
WORKER_PHONE=13900000001
APPLICANT_PHONE=${APPLICANT_PHONE:-1380$(date +%s | tail -c 8)}
SPOUSE_PHONE=${SPOUSE_PHONE:-1370$(date +%s | tail -c 8)}
WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT
py() { python3 -c "import json,sys; d=json.load(sys.stdin); $1"; }
step() { printf '\n== %s\n' "$*"; }
code_for() { curl -fsS "$M/dev/sms-outbox?phone=$1" | py 'print(d[0]["code"])'; }
json_post() { curl -sS -XPOST "$1" -H "Authorization: Bearer $2" -H 'Content-Type: application/json' -d "$3"; }

python3 - "$WORK" <<'PY'
import base64, struct, sys, zlib
def chunk(t, d): return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
png = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', 1, 1, 8, 0, 0, 0, 0)) \
      + chunk(b'IDAT', zlib.compress(b'\x00\x00')) + chunk(b'IEND', b'')
open(sys.argv[1] + '/photo.png', 'wb').write(png)
open(sys.argv[1] + '/signature.b64', 'w').write(base64.b64encode(png).decode())
PY
SIG=$(cat "$WORK/signature.b64")

staff_token() { # username -> token (password + the current TOTP of the demo secret)
  local totp
  totp=$(python3 -c "
import base64,hmac,struct,time,hashlib
k=base64.b32decode('JBSWY3DPEHPK3PXP'); c=struct.pack('>Q',int(time.time())//30)
h=hmac.new(k,c,hashlib.sha1).digest(); o=h[-1]&15
print('%06d'%((struct.unpack('>I',h[o:o+4])[0]&0x7fffffff)%1000000))")
  curl -fsS -XPOST "$W/auth/login" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"Demo#2026\",\"totp\":\"$totp\"}" | py 'print(d["accessToken"])'
}

view() { curl -fsS "$M/applications/$APP_ID" -H "Authorization: Bearer $WORKER"; }
show_items() { view | py 'print("status:", d["status"]); [print("  %-18s %-10s %-13s %8s  %s" % (i["code"], i["kind"], i["status"], i.get("amount") or "", "; ".join(i.get("reasons") or [])[:70])) for i in d["items"]]'; }

# Decide every open task of this application in the inbox of one staff account.
# $1 token, $2 label; TEKUN is refused at street level (the household has a working-age earner).
decide_all() {
  local tasks
  tasks=$(curl -fsS "$W/tasks?status=open" -H "Authorization: Bearer $1" | py "print(' '.join(t['taskId']+'|'+t['itemCode']+'|'+t['step'] for t in d if t['applicationId']=='$APP_ID'))")
  for t in $tasks; do
    IFS='|' read -r id item stepName <<<"$t"
    curl -fsS -o /dev/null -XPOST "$W/tasks/$id/claim" -H "Authorization: Bearer $1"
    if [ "$item" = TEKUN ]; then body='{"decision":"REJECT","reason":"家庭中有劳动能力的成员，不符合特困供养条件"}'
    else body='{"decision":"APPROVE","reason":"材料齐全，符合条件"}'; fi
    answer=$(json_post "$W/tasks/$id/complete" "$1" "$body")
    if echo "$answer" | grep -q '"field":"amount"'; then
      amount=$(view | py "print(next((i.get('amount') for i in d['items'] if i['code']=='$item' and i.get('amount')), '100.00'))")
      answer=$(json_post "$W/tasks/$id/complete" "$1" "{\"decision\":\"APPROVE\",\"reason\":\"核定金额\",\"amount\":\"$amount\"}")
      echo "  $2: $item $stepName -> APPROVE $amount  $answer" | cut -c1-140
    else
      echo "  $2: $item $stepName -> $(echo "$body" | py 'print(d["decision"])')  $answer" | cut -c1-140
    fi
  done
}

step "1. the community worker logs in and files for 李军's household (proxy)"
curl -fsS -o /dev/null -XPOST "$M/auth/sms-code" -H 'Content-Type: application/json' -d "{\"phone\":\"$WORKER_PHONE\"}"
WORKER=$(curl -fsS -XPOST "$M/auth/login" -H 'Content-Type: application/json' \
  -d "{\"phone\":\"$WORKER_PHONE\",\"code\":\"$(code_for $WORKER_PHONE)\"}" | py 'print(d["accessToken"])')
FILE_ID=$(curl -fsS -XPOST "$M/files" -H "Authorization: Bearer $WORKER" -F "file=@$WORK/photo.png" | py 'print(d["fileId"])')
cat > "$WORK/application.json" <<JSON
{"applicant": {"name": "李军", "idNumber": "500103197805121315", "phone": "$APPLICANT_PHONE"},
 "household": {"communityCode": "500103001001", "address": "渝中区七星岗街道金汤街 1 号",
   "members": [
     {"name": "李军", "idNumber": "500103197805121315", "relation": "SELF", "phone": "$APPLICANT_PHONE",
      "disabilityGrade": 2, "student": false, "employment": "UNEMPLOYED"},
     {"name": "王芳", "idNumber": "500103198003082427", "relation": "SPOUSE", "phone": "$SPOUSE_PHONE",
      "student": false, "employment": "EMPLOYED"},
     {"name": "李小明", "idNumber": "500103200909011115", "relation": "CHILD", "student": true, "employment": "STUDENT"}],
   "housing": {"ownsHome": false, "areaSqm": 0}},
 "hardshipCauses": ["ILLNESS", "DISABILITY"], "narrative": "二级肢体残疾，失业，医疗支出大，无自有住房。",
 "idCardPhotoFileId": "$FILE_ID",
 "authorization": {"letterVersion": "2026-01", "signature": "$SIG", "agreed": true}}
JSON
curl -fsS -XPOST "$M/applications" -H "Authorization: Bearer $WORKER" -H "Idempotency-Key: $(python3 -c 'import uuid;print(uuid.uuid4())')" \
  -H 'Content-Type: application/json' --data-binary @"$WORK/application.json" > "$WORK/view.json"
APP_ID=$(py 'print(d["id"])' < "$WORK/view.json")
py 'print(d["applicationNo"], d["status"], d["filedBy"], [p["memberName"] for p in d["pendingAuthorizations"]])' < "$WORK/view.json"
MEMBER_TOKEN=$(py 'u=d["pendingAuthorizations"][0]["authorizeUrl"]; print(u.split("token=")[1])' < "$WORK/view.json")

step "2. 王芳 co-signs from her link"
curl -fsS -o /dev/null -XPOST "$M/auth/sms-code" -H 'Content-Type: application/json' -d "{\"phone\":\"$SPOUSE_PHONE\"}"
curl -fsS -XPOST "$M/authorizations/$MEMBER_TOKEN" -H 'Content-Type: application/json' \
  -d "{\"name\":\"王芳\",\"idNumber\":\"500103198003082427\",\"smsCode\":\"$(code_for $SPOUSE_PHONE)\",\"signature\":\"$SIG\"}"; echo

step "3. the economic check and the happiness list"
for _ in $(seq 1 60); do [ "$(view | py 'print(d["status"])')" = IN_REVIEW ] && break; sleep 1; done
show_items

step "4. the worker's home visit"
for v in $(curl -fsS "$M/worker/visits" -H "Authorization: Bearer $WORKER" | py "print(' '.join(x['taskId'] for x in d if x.get('applicationId')=='$APP_ID'))"); do
  json_post "$M/worker/visits/$v" "$WORKER" "{\"findings\":\"入户核实：家中无劳动收入，住房为租住。\",\"recommendation\":\"SUPPORT\",\"photoFileIds\":[\"$FILE_ID\"],\"latitude\":29.556,\"longitude\":106.568}" >/dev/null
  echo "  visit $v: SUPPORT"
done

step "5. street review (jd.qixinggang)"
decide_all "$(staff_token jd.qixinggang)" jd.qixinggang
show_items

step "6. 8 days pass: the 7-day public notice ends (admin moves the demo clock)"
json_post "$W/dev/clock" "$(staff_token admin)" '{"advanceDays": 8}'; echo
sleep 3

step "7. district decision (mz.yuzhong) and the joint items in their departments"
MZ=$(staff_token mz.yuzhong)
for round in 1 2 3; do
  decide_all "$MZ" mz.yuzhong
  for u in zj.yuzhong jy.yuzhong yb.yuzhong rs.yuzhong sf.yuzhong; do
    var="TOK_${u%%.*}"; [ -z "${!var:-}" ] && printf -v "$var" '%s' "$(staff_token $u)"
    decide_all "${!var}" "$u"
  done
  sleep 2
  [ "$(view | py 'print(d["status"])')" = CLOSED ] && break
done
show_items

step "8. the resident's SMS"
curl -fsS "$M/dev/sms-outbox?phone=$APPLICANT_PHONE" | py '[print(" ", m["sentAt"], m["text"]) for m in d]'
