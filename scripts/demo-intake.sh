#!/usr/bin/env bash
# The intake journey of the foundation issue against a running ./run.sh (demo profile):
# SMS login -> upload an ID-card photo -> submit (AWAITING_AUTHORIZATION, one pending co-signer)
# -> the spouse co-signs from her token with an SMS code -> the application is CHECKING.
# Household 1 of seeds/DEMO-PEOPLE.md. Needs curl and python3.
set -euo pipefail
M=${MOBILE_API:-http://localhost:8081/api/v1}
APPLICANT_PHONE=${APPLICANT_PHONE:-1380$(date +%s | tail -c 8)}
SPOUSE_PHONE=${SPOUSE_PHONE:-1370$(date +%s | tail -c 8)}
WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
step() { printf '\n== %s\n' "$*"; }
code_for() { curl -fsS "$M/dev/sms-outbox?phone=$1" | json 'd[0]["code"]'; }

# A tiny PNG (1x1) serves as ID-card photo and as hand-drawn signature.
python3 - "$WORK" <<'PY'
import base64, struct, sys, zlib
def chunk(t, d): return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
png = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', 1, 1, 8, 0, 0, 0, 0)) \
      + chunk(b'IDAT', zlib.compress(b'\x00\x00')) + chunk(b'IEND', b'')
open(sys.argv[1] + '/idcard.png', 'wb').write(png)
open(sys.argv[1] + '/signature.b64', 'w').write(base64.b64encode(png).decode())
PY
SIG=$(cat "$WORK/signature.b64")

step "1. SMS login as the applicant ($APPLICANT_PHONE)"
curl -fsS -o /dev/null -w 'sms-code: %{http_code}\n' -XPOST "$M/auth/sms-code" -H 'Content-Type: application/json' -d "{\"phone\":\"$APPLICANT_PHONE\"}"
TOKEN=$(curl -fsS -XPOST "$M/auth/login" -H 'Content-Type: application/json' \
  -d "{\"phone\":\"$APPLICANT_PHONE\",\"code\":\"$(code_for "$APPLICANT_PHONE")\"}" | json 'd["accessToken"]')
echo "logged in"

step "2. upload the ID-card photo"
FILE_ID=$(curl -fsS -XPOST "$M/files" -H "Authorization: Bearer $TOKEN" -F "file=@$WORK/idcard.png" | tee /dev/stderr | json 'd["fileId"]')

step "3. submit the application"
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
 "hardshipCauses": ["ILLNESS", "DISABILITY"],
 "narrative": "本人二级肢体残疾，失业，医疗支出大。",
 "idCardPhotoFileId": "$FILE_ID",
 "authorization": {"letterVersion": "2026-01", "signature": "$SIG", "agreed": true}}
JSON
KEY=$(python3 -c 'import uuid; print(uuid.uuid4())')
curl -fsS -XPOST "$M/applications" -H "Authorization: Bearer $TOKEN" -H "Idempotency-Key: $KEY" \
  -H 'Content-Type: application/json' --data-binary @"$WORK/application.json" > "$WORK/view.json"
python3 -m json.tool --no-ensure-ascii "$WORK/view.json"
APP_ID=$(json 'd["id"]' < "$WORK/view.json")
AUTH_URL=$(json 'd["pendingAuthorizations"][0]["authorizeUrl"]' < "$WORK/view.json")
MEMBER_TOKEN=${AUTH_URL##*token=}

step "4. the spouse opens her link (no login) and co-signs with an SMS code to her phone on file"
curl -fsS "$M/authorizations/$MEMBER_TOKEN" | json '{k: d[k] for k in ("applicationNo","applicantName","memberName","letterVersion","expiresAt")}'
curl -fsS -o /dev/null -w 'sms-code: %{http_code}\n' -XPOST "$M/auth/sms-code" -H 'Content-Type: application/json' -d "{\"phone\":\"$SPOUSE_PHONE\"}"
curl -fsS -w '\nco-sign: %{http_code}\n' -XPOST "$M/authorizations/$MEMBER_TOKEN" -H 'Content-Type: application/json' \
  -d "{\"name\":\"王芳\",\"idNumber\":\"500103198003082427\",\"smsCode\":\"$(code_for "$SPOUSE_PHONE")\",\"signature\":\"$SIG\"}"

step "5. the application now"
curl -fsS "$M/applications/$APP_ID" -H "Authorization: Bearer $TOKEN" | json '{"status": d["status"], "pending": len(d["pendingAuthorizations"]), "timeline": [e["event"] for e in d["timeline"]]}'
