#!/usr/bin/env bash
# Hostile input against a running demo (issue 7 re-walk): real-name binding for someone else's ID number,
# co-signing with replayed, forged and expired links, a login code used to co-sign, and a disabled worker's
# access, probing who is assisted through the duplicate check, framing the signing page. Prints PASS/FAIL per
# check; exits 1 on any FAIL. Needs both apps in the demo profile on the embedded H2 database (it disables and
# re-enables demo worker 13900000001 there; H2_URL, H2_JAR, MOBILE_API, WEB_API override the defaults).
# Usage: ./run.sh (in another terminal), then bash scripts/hostile-intake.sh
set -uo pipefail
cd "$(dirname "$0")/.."
. scripts/demo-lib.sh
H2_JAR=${H2_JAR:-$(ls ~/.m2/repository/com/h2database/h2/*/h2-*.jar | tail -1)}
DB_URL=${H2_URL:-jdbc:h2:file:$PWD/data/assist;MODE=MySQL;AUTO_SERVER=TRUE}
fails=0
check() { # name expected actual
  if [ "$2" = "$3" ]; then echo "PASS  $1 ($3)"; else echo "FAIL  $1: expected $2, got $3"; fails=$((fails + 1)); fi
}
status() { curl -sS -o "$WORK/out" -w '%{http_code}' "$@"; }
h2() { java -cp "$H2_JAR" org.h2.tools.Shell -url "$DB_URL" -user sa -password '' -sql "$1" | tail -1; }

ADMIN=$(staff_token admin)
DEMO_TODAY=$(demo_today "$ADMIN") # ages count at the demo clock's today, which the demo scripts move ahead
read -r VID VPHONE <<<"$(new_person 45)"
read -r AID APHONE <<<"$(new_person 30)"
stage "$ADMIN" "$VID" '{"name":"受害人","phone":"'"$VPHONE"'","monthlyWage":1000,"deposits":88888}'
stage "$ADMIN" "$AID" '{"name":"攻击者","phone":"'"$APHONE"'"}'
F_UPLOAD() { curl -fsS -XPOST "$M/files" -H "Authorization: Bearer $1" -F "file=@$WORK/photo.png;type=image/png" | py 'print(d["fileId"])'; }

step "A. real-name binding for someone else's ID number"
AT=$(phone_login "$APHONE")
check "bind to the victim's name and ID number" 422 "$(status -XPOST "$M/me/real-name" -H "Authorization: Bearer $AT" -H 'Content-Type: application/json' -d '{"name":"受害人","idNumber":"'"$VID"'"}')"
FULLWIDTH=$(python3 -c "import sys; print(''.join(chr(ord(c)+0xFEE0) if c.isdigit() else c for c in sys.argv[1]))" "$VID")
check "the same with full-width digits and a direction mark" 422 "$(status -XPOST "$M/me/real-name" -H "Authorization: Bearer $AT" -H 'Content-Type: application/json' -d '{"name":"受害人\u200e","idNumber":"'"$FULLWIDTH"'"}')"
F=$(F_UPLOAD "$AT")
APP_VICTIM='{"applicant":{"name":"受害人","idNumber":"'"$VID"'","phone":"'"$APHONE"'"},"household":{"communityCode":"500103001001","address":"x","members":[{"name":"受害人","idNumber":"'"$VID"'","relation":"SELF","phone":"'"$APHONE"'","employment":"EMPLOYED"}],"housing":{"ownsHome":false,"areaSqm":0}},"hardshipCauses":["OTHER"],"idCardPhotoFileId":"'"$F"'","authorization":{"letterVersion":"2026-01","signature":"'"$SIG"'","agreed":true}}'
check "an unbound account files for the victim" 403 "$(status -XPOST "$M/applications" -H "Authorization: Bearer $AT" -H 'Idempotency-Key: h-a1' -H 'Content-Type: application/json' -d "$APP_VICTIM")"
grep -q real-name-required "$WORK/out" && echo "      type real-name-required" || { echo "FAIL  problem type"; fails=$((fails + 1)); }
check "the attacker binds to itself" 200 "$(status -XPOST "$M/me/real-name" -H "Authorization: Bearer $AT" -H 'Content-Type: application/json' -d '{"name":"攻击者","idNumber":"'"$AID"'"}')"
check "then rebinds to the victim" 409 "$(status -XPOST "$M/me/real-name" -H "Authorization: Bearer $AT" -H 'Content-Type: application/json' -d '{"name":"受害人","idNumber":"'"$VID"'"}')"
check "a bound account files with the victim as applicant" 403 "$(status -XPOST "$M/applications" -H "Authorization: Bearer $AT" -H 'Idempotency-Key: h-a2' -H 'Content-Type: application/json' -d "$APP_VICTIM")"
APP_ADD='{"applicant":{"name":"攻击者","idNumber":"'"$AID"'","phone":"'"$APHONE"'"},"household":{"communityCode":"500103001001","address":"x","members":[{"name":"攻击者","idNumber":"'"$AID"'","relation":"SELF","phone":"'"$APHONE"'","employment":"EMPLOYED"},{"name":"受害人","idNumber":"'"$VID"'","relation":"SPOUSE","phone":"'"$APHONE"'","employment":"EMPLOYED"}],"housing":{"ownsHome":false,"areaSqm":0}},"hardshipCauses":["OTHER"],"idCardPhotoFileId":"'"$F"'","authorization":{"letterVersion":"2026-01","signature":"'"$SIG"'","agreed":true}}'
check "the attacker files with the victim as a 'spouse' (own phone typed for her)" 201 "$(status -XPOST "$M/applications" -H "Authorization: Bearer $AT" -H 'Idempotency-Key: h-a3' -H 'Content-Type: application/json' -d "$APP_ADD")"
APP=$(py 'print(d["id"])' < "$WORK/out"); TOKEN=$(py 'u=d["pendingAuthorizations"][0]["authorizeUrl"]; print(u.split("token=")[1])' < "$WORK/out")
check "the victim's co-signing code goes to her phone on file" 202 "$(status -XPOST "$M/authorizations/$TOKEN/sms-code")"
py 'print("      sentTo", d["sentTo"])' < "$WORK/out"
check "the attacker's own phone got no co-signing code" 0 "$(curl -fsS "$M/dev/sms-outbox?phone=$APHONE" | py 'print(sum(1 for m in d if "签" in m["text"] or "授权" in m["text"]))')"
ALOGIN=$(curl -fsS -o /dev/null -XPOST "$M/auth/sms-code" -H 'Content-Type: application/json' -d '{"phone":"'"$APHONE"'"}'; code_for "$APHONE")
check "co-signing with the attacker's login code" 403 "$(status -XPOST "$M/authorizations/$TOKEN" -H 'Content-Type: application/json' -d '{"name":"受害人","idNumber":"'"$VID"'","smsCode":"'"$ALOGIN"'","signature":"'"$SIG"'"}')"
check "no economic check ran: still waiting for the victim" AWAITING_AUTHORIZATION "$(curl -fsS "$M/applications/$APP" -H "Authorization: Bearer $AT" | py 'print(d["status"])')"
check "and the filer sees no figures (no happiness list)" 0 "$(curl -fsS "$M/applications/$APP" -H "Authorization: Bearer $AT" | py 'print(len(d["items"]))')"

step "B. co-signing with replayed, forged and expired links"
read -r WID WPHONE <<<"$(new_person 44)"; read -r HID HPHONE <<<"$(new_person 46)"
stage "$ADMIN" "$HID" '{"name":"丈夫","phone":"'"$HPHONE"'"}'; stage "$ADMIN" "$WID" '{"name":"妻子","phone":"'"$WPHONE"'"}'
HT=$(phone_login "$HPHONE")
check "husband binds" 200 "$(status -XPOST "$M/me/real-name" -H "Authorization: Bearer $HT" -H 'Content-Type: application/json' -d '{"name":"丈夫","idNumber":"'"$HID"'"}')"
F2=$(F_UPLOAD "$HT")
FAMILY='{"applicant":{"name":"丈夫","idNumber":"'"$HID"'","phone":"'"$HPHONE"'"},"household":{"communityCode":"500103001001","address":"x","members":[{"name":"丈夫","idNumber":"'"$HID"'","relation":"SELF","phone":"'"$HPHONE"'","employment":"EMPLOYED"},{"name":"妻子","idNumber":"'"$WID"'","relation":"SPOUSE","phone":"'"$WPHONE"'","employment":"EMPLOYED"}],"housing":{"ownsHome":false,"areaSqm":0}},"hardshipCauses":["OTHER"],"idCardPhotoFileId":"'"$F2"'","authorization":{"letterVersion":"2026-01","signature":"'"$SIG"'","agreed":true}}'
check "husband files with his wife" 201 "$(status -XPOST "$M/applications" -H "Authorization: Bearer $HT" -H 'Idempotency-Key: h-b1' -H 'Content-Type: application/json' -d "$FAMILY")"
T2=$(py 'u=d["pendingAuthorizations"][0]["authorizeUrl"]; print(u.split("token=")[1])' < "$WORK/out")
FORGED=$(python3 -c "import sys; t=sys.argv[1]; print(t[:-1] + ('A' if t[-1] != 'A' else 'B'))" "$T2")
check "a forged link (one character changed) asks for a code" 404 "$(status -XPOST "$M/authorizations/$FORGED/sms-code")"
curl -fsS -o /dev/null -XPOST "$M/authorizations/$T2/sms-code"; WCODE=$(code_for "$WPHONE")
SIGN='{"name":"妻子","idNumber":"'"$WID"'","smsCode":"'"$WCODE"'","signature":"'"$SIG"'"}'
check "the wife signs" 200 "$(status -XPOST "$M/authorizations/$T2" -H 'Content-Type: application/json' -d "$SIGN")"
R=$(status -XPOST "$M/authorizations/$T2" -H 'Content-Type: application/json' -d "$SIGN"); check "the same signature replayed" 410 "$R"
HAPP=$(curl -fsS "$M/applications" -H "Authorization: Bearer $HT" | py 'print(d[0]["id"])')
WT2=$(phone_login "$WPHONE")
check "the wife binds her own account" 200 "$(status -XPOST "$M/me/real-name" -H "Authorization: Bearer $WT2" -H 'Content-Type: application/json' -d '{"name":"妻子","idNumber":"'"$WID"'"}')"
check "the wife (a member, not the applicant) cannot read the household's application" 404 "$(status "$M/applications/$HAPP" -H "Authorization: Bearer $WT2")"
step "A2. probing who is assisted through the duplicate check"
read -r PRID PRPHONE <<<"$(new_person 35)"
stage "$ADMIN" "$PRID" '{"name":"探子","phone":"'"$PRPHONE"'"}'
PT=$(phone_login "$PRPHONE")
status -XPOST "$M/me/real-name" -H "Authorization: Bearer $PT" -H 'Content-Type: application/json' -d '{"name":"探子","idNumber":"'"$PRID"'"}' >/dev/null
F5=$(F_UPLOAD "$PT")
PROBE='{"applicant":{"name":"探子","idNumber":"'"$PRID"'","phone":"'"$PRPHONE"'"},"household":{"communityCode":"500103001001","address":"x","members":[{"name":"探子","idNumber":"'"$PRID"'","relation":"SELF","phone":"'"$PRPHONE"'","employment":"EMPLOYED"},{"name":"丈夫","idNumber":"'"$HID"'","relation":"SPOUSE","employment":"EMPLOYED"}],"housing":{"ownsHome":false,"areaSqm":0}},"hardshipCauses":["OTHER"],"idCardPhotoFileId":"'"$F5"'","authorization":{"letterVersion":"2026-01","signature":"'"$SIG"'","agreed":true}}'
for i in 1 2 3 4 5; do
  check "probe $i: someone in an open application listed as a member" 409 "$(status -XPOST "$M/applications" -H "Authorization: Bearer $PT" -H "Idempotency-Key: probe-$i" -H 'Content-Type: application/json' -d "$PROBE")"
  check "probe $i: the covering application's number is not told" False "$(py 'print("applicationNo" in d)' < "$WORK/out")"
done
check "probe 6: refusals count as filings of the day" 429 "$(status -XPOST "$M/applications" -H "Authorization: Bearer $PT" -H "Idempotency-Key: probe-6" -H 'Content-Type: application/json' -d "$PROBE")"
R=$(status "$M/authorizations/$T2"); check "the used link read again" 410 "$R"
# an expired link: a second family, then business time moves 3 days (links live 48 h)
read -r W3 W3P <<<"$(new_person 40)"; read -r H3 H3P <<<"$(new_person 42)"
stage "$ADMIN" "$H3" '{"name":"丈夫乙","phone":"'"$H3P"'"}'; stage "$ADMIN" "$W3" '{"name":"妻子乙","phone":"'"$W3P"'"}'
H3T=$(phone_login "$H3P"); status -XPOST "$M/me/real-name" -H "Authorization: Bearer $H3T" -H 'Content-Type: application/json' -d '{"name":"丈夫乙","idNumber":"'"$H3"'"}' >/dev/null
F3=$(F_UPLOAD "$H3T")
FAM3='{"applicant":{"name":"丈夫乙","idNumber":"'"$H3"'","phone":"'"$H3P"'"},"household":{"communityCode":"500103001001","address":"x","members":[{"name":"丈夫乙","idNumber":"'"$H3"'","relation":"SELF","phone":"'"$H3P"'","employment":"EMPLOYED"},{"name":"妻子乙","idNumber":"'"$W3"'","relation":"SPOUSE","phone":"'"$W3P"'","employment":"EMPLOYED"}],"housing":{"ownsHome":false,"areaSqm":0}},"hardshipCauses":["OTHER"],"idCardPhotoFileId":"'"$F3"'","authorization":{"letterVersion":"2026-01","signature":"'"$SIG"'","agreed":true}}'
check "second family files" 201 "$(status -XPOST "$M/applications" -H "Authorization: Bearer $H3T" -H 'Idempotency-Key: h-b3' -H 'Content-Type: application/json' -d "$FAM3")"
T3=$(py 'u=d["pendingAuthorizations"][0]["authorizeUrl"]; print(u.split("token=")[1])' < "$WORK/out")
curl -fsS -o /dev/null -XPOST "$M/authorizations/$T3/sms-code"; W3CODE=$(code_for "$W3P")
curl -fsS -o /dev/null -XPOST "$W/dev/clock" -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' -d '{"advanceDays":3}'
sleep 3
check "after 3 days the link no longer sends a code" 410 "$(status -XPOST "$M/authorizations/$T3/sms-code")"
check "nor signs with the code sent before" 410 "$(status -XPOST "$M/authorizations/$T3" -H 'Content-Type: application/json' -d '{"name":"妻子乙","idNumber":"'"$W3"'","smsCode":"'"$W3CODE"'","signature":"'"$SIG"'"}')"

step "C. a disabled worker's access"
WT=$(phone_login 13900000001)
read -r PID PPHONE <<<"$(new_person 70)"
stage "$ADMIN" "$PID" '{"name":"老人","phone":"'"$PPHONE"'"}'
F4=$(F_UPLOAD "$WT")
PROXY='{"applicant":{"name":"老人","idNumber":"'"$PID"'","phone":"'"$PPHONE"'"},"household":{"communityCode":"500103001001","address":"x","members":[{"name":"老人","idNumber":"'"$PID"'","relation":"SELF","phone":"'"$PPHONE"'","employment":"RETIRED"}],"housing":{"ownsHome":false,"areaSqm":0}},"hardshipCauses":["OLD_AGE"],"idCardPhotoFileId":"'"$F4"'","identityCheck":"ID_CARD_IN_PERSON","authorization":{"letterVersion":"2026-01","signature":"'"$SIG"'","agreed":true}}'
check "the worker files by proxy" 201 "$(status -XPOST "$M/applications" -H "Authorization: Bearer $WT" -H "Idempotency-Key: h-c-$PID" -H 'Content-Type: application/json' -d "$PROXY")"
PAPP=$(py 'print(d["id"])' < "$WORK/out")
check "the worker reads it" 200 "$(status "$M/applications/$PAPP" -H "Authorization: Bearer $WT")"
h2 "UPDATE community_worker SET enabled = FALSE WHERE community_code = '500103001001'"
check "disabled: its live token reads it" 404 "$(status "$M/applications/$PAPP" -H "Authorization: Bearer $WT")"
check "disabled: its live token lists nothing" 0 "$(curl -fsS "$M/applications" -H "Authorization: Bearer $WT" | py 'print(len(d))')"
RT=$(phone_login 13900000001)
check "disabled: a new login is a resident" RESIDENT "$(echo "$RT" | python3 -c "import base64,json,sys; t=sys.stdin.read().strip().split('.')[1]; print(json.loads(base64.urlsafe_b64decode(t+'='*(-len(t)%4)))['roles'][0])")"
check "disabled: as a resident it reads the proxy filing" 404 "$(status "$M/applications/$PAPP" -H "Authorization: Bearer $RT")"
check "disabled: it cannot file by proxy any more" 403 "$(status -XPOST "$M/applications" -H "Authorization: Bearer $WT" -H "Idempotency-Key: h-c2-$PID" -H 'Content-Type: application/json' -d "$PROXY")"
h2 "UPDATE community_worker SET enabled = TRUE WHERE community_code = '500103001001'"
check "re-enabled: the worker reads it again" 200 "$(status "$M/applications/$PAPP" -H "Authorization: Bearer $WT")"

step "D. the signing page"
check "the signing page cannot be framed" DENY "$(curl -sS -D - -o /dev/null "${M%/api/v1}/sign" | tr -d '\r' | awk -F': ' 'tolower($1)=="x-frame-options"{print $2}')"
check "and names no referrer" no-referrer "$(curl -sS -D - -o /dev/null "${M%/api/v1}/sign" | tr -d '\r' | awk -F': ' 'tolower($1)=="referrer-policy"{print $2}')"

echo; echo "failures: $fails"; [ "$fails" = 0 ]
