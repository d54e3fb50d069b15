# Shared helpers of the demo scripts (sourced; needs curl and python3). Every run uses fresh people:
# new valid ID numbers and phones, staged in the demo registry with their phone on file, so the scripts
# run in any order, more than once, on a used database.
M=${MOBILE_API:-http://localhost:8081/api/v1}
W=${WEB_API:-http://localhost:8080/api/v1}
WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT
py() { python3 -c "import json,sys; d=json.load(sys.stdin); $1"; }
step() { printf '\n== %s\n' "$*"; }
fail() { printf '\nFAILED: %s\n' "$*" >&2; exit 1; }
code_for() { curl -fsS "$M/dev/sms-outbox?phone=$1" | py 'print(next(m["code"] for m in d if m.get("code")))'; }
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

# demo_today ADMIN_TOKEN -> the business date (YYYY-MM-DD) of the demo clock, GET /dev/clock. The demo scripts move
# that clock forward (the journey 8 days a run, payments up to 31), so on a used database it is ahead of this
# machine's date: every date a script sends or bases an age on comes from here, never from `date` or python's today.
demo_today() {
  curl -fsS "$W/dev/clock" -H "Authorization: Bearer $1" | py 'print(d["now"][:10])' \
    || fail "reading the demo clock (GET $W/dev/clock): is ./run.sh running in the demo profile?"
}

# new_person AGE -> "idNumber phone": a valid GB 11643 ID number (district 500103) and a fresh 137x phone; the
# age is counted at the demo clock's today ($DEMO_TODAY, set by the scripts with demo_today; else this machine's)
new_person() {
  python3 - "$1" "${DEMO_TODAY:-}" <<'PY'
import datetime, random, sys
age = int(sys.argv[1]); w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
today = datetime.date.fromisoformat(sys.argv[2]) if sys.argv[2] else datetime.date.today()
born = today - datetime.timedelta(days=365 * age + random.randint(30, 300))
base = "500103" + born.strftime("%Y%m%d") + "%03d" % random.randint(100, 999)
print(base + "10X98765432"[sum(int(c) * x for c, x in zip(base, w)) % 11], "137%08d" % random.randint(0, 99999999))
PY
}

# staff_token USERNAME -> token (password + TOTP of the demo secret; waits for the next TOTP step if
# this account's current one was used already, e.g. by the other script a moment ago)
staff_token() {
  local totp answer
  for _ in 1 2 3; do
    totp=$(python3 -c "
import base64,hmac,struct,time,hashlib
k=base64.b32decode('JBSWY3DPEHPK3PXP'); c=struct.pack('>Q',int(time.time())//30)
h=hmac.new(k,c,hashlib.sha1).digest(); o=h[-1]&15
print('%06d'%((struct.unpack('>I',h[o:o+4])[0]&0x7fffffff)%1000000))")
    answer=$(curl -sS -XPOST "$W/auth/login" -H 'Content-Type: application/json' \
      -d "{\"username\":\"$1\",\"password\":\"Demo#2026\",\"totp\":\"$totp\"}")
    if echo "$answer" | grep -q accessToken; then echo "$answer" | py 'print(d["accessToken"])'; return; fi
    sleep $((31 - $(date +%s) % 30))
  done
  fail "staff login $1: $answer"
}

# stage ADMIN_TOKEN ID_NUMBER JSON_BODY -> stages one person in the demo registry (phone on file included)
stage() {
  local status
  status=$(curl -sS -o "$WORK/stage.out" -w '%{http_code}' -XPUT "$W/dev/registry/persons/$2" \
    -H "Authorization: Bearer $1" -H 'Content-Type: application/json' -d "$3")
  case "$status" in 200|201) ;; *) fail "staging a person: $status $(cat "$WORK/stage.out")";; esac
}

# phone_login PHONE -> access token
phone_login() {
  curl -fsS -o /dev/null -XPOST "$M/auth/sms-code" -H 'Content-Type: application/json' -d "{\"phone\":\"$1\"}"
  curl -fsS -XPOST "$M/auth/login" -H 'Content-Type: application/json' \
    -d "{\"phone\":\"$1\",\"code\":\"$(code_for "$1")\"}" | py 'print(d["accessToken"])'
}

# co_sign TOKEN NAME ID_NUMBER PHONE_ON_FILE -> the member asks for a code (it goes to the phone on file) and signs
co_sign() {
  curl -fsS -XPOST "$M/authorizations/$1/sms-code" | py 'print("  code sent to the phone on file:", d["sentTo"])'
  local status
  status=$(curl -sS -o "$WORK/sign.out" -w '%{http_code}' -XPOST "$M/authorizations/$1" -H 'Content-Type: application/json' \
    -d "{\"name\":\"$2\",\"idNumber\":\"$3\",\"smsCode\":\"$(code_for "$4")\",\"signature\":\"$SIG\"}")
  [ "$status" = 200 ] || fail "co-signing: $status $(cat "$WORK/sign.out")"
  echo "  co-signed: 200"
}
