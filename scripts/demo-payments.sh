#!/usr/bin/env bash
# Monthly payments (次月发放, issue 9) against a running ./run.sh (demo profile), with curl: the whole journey
# (scripts/demo-journey.sh) grants a fresh household 低保 -> the worker who filed gives the payee account (masked in
# every answer) -> mz.yuzhong builds 渝中区's roll of a month after the
# decision (POST /payments/rolls: every grant in force, once per household, item and month; the same month again
# is 409) -> downloads the bank file (.xlsx, the payee account in full; lines
# without an account are left out and counted) -> uploads the bank's return file: every line paid but this
# household's, which failed ("账户已冻结") -> the failed line is a follow-up task in the district's inbox
# (GET /tasks) -> the same return file again opens nothing more -> /stats shows the month's totals -> the district
# approves the follow-up (the account is fixed: pay again) -> the next roll pays the failed line again once
# (补发, the line names the failed one) -> the roll after that does not pay it again. Checks the
# outcome and fails otherwise. A roll exists once per month and district, so each run takes the first month
# after the decision that has no roll yet: it runs again on a used database. Needs curl and python3.
set -euo pipefail
. "$(dirname "$0")/demo-lib.sh"
DISTRICT=500103

step "0. the whole journey first: a household granted 低保"
JOURNEY_OUT="$WORK/journey.out" "$(dirname "$0")/demo-journey.sh" > "$WORK/journey.log" 2>&1 \
  || { tail -20 "$WORK/journey.log"; fail "the journey"; }
read -r APP_ID _ _ < "$WORK/journey.out"
tail -1 "$WORK/journey.log"
WORKER=$(phone_login 13900000001)
VIEW=$(curl -fsS "$M/applications/$APP_ID" -H "Authorization: Bearer $WORKER")
APP_NO=$(echo "$VIEW" | py 'print(d["applicationNo"])')
DECIDED=$(echo "$VIEW" | py 'print(next(i["decidedAt"] for i in d["items"] if i["code"]=="DIBAO")[:7])')
echo "  $APP_NO: 低保 decided in $DECIDED, paid from the month after"

step "0b. the worker who filed gives the payee account (社保卡 / 一卡通 account; the applicant is the payee)"
ACCOUNT=6230580000123456789
PAYEE=$(curl -fsS -XPUT "$M/applications/$APP_ID/payee-account" -H "Authorization: Bearer $WORKER" \
  -H 'Content-Type: application/json' -d "{\"accountNumber\":\"6230 5800 0012 3456 789\",\"bankName\":\"重庆农村商业银行\"}")
MASKED=$(echo "$PAYEE" | py 'print(d["accountNumber"])')
echo "  payee account $MASKED at $(echo "$PAYEE" | py 'print(d["bankName"])')"
case "$MASKED" in *6789) ;; *) fail "the answer does not mask the account to its last 4 digits: $PAYEE" ;; esac
case "$PAYEE" in *"$ACCOUNT"*|*0000123456*) fail "the answer shows the account in clear: $PAYEE" ;; esac

next_roll() { # MONTH -> the roll of the first month after it that has none yet. A roll may be built for next month at
  # the latest; when that month has its roll already (a used database), the administrator moves the demo clock a
  # month on, as the journey moves it for the public notice.
  local i=1 moved=0 m a
  while [ "$i" -le 36 ] && [ "$moved" -le 40 ]; do
    m=$(python3 -c "y,m=map(int,'$1'.split('-')); m+=$i; y+=(m-1)//12; m=(m-1)%12+1; print('%04d-%02d'%(y,m))")
    a=$(curl -sS -w '\n%{http_code}' -XPOST "$W/payments/rolls" -H "Authorization: Bearer $MZ" -H 'Content-Type: application/json' \
      -d "{\"month\":\"$m\",\"regionCode\":\"$DISTRICT\"}")
    case "$(echo "$a" | tail -1)" in
      201) echo "$a" | head -1; return ;;
      409) i=$((i + 1)) ;;
      400) echo "  (the roll of $m is not due yet: the administrator moves the demo clock 31 days on)" >&2
           json_post "$W/dev/clock" "$(staff_token admin)" '{"advanceDays": 31}' >/dev/null; moved=$((moved + 1)) ;;
      *) fail "building the roll of $m: $a" ;;
    esac
  done
  fail "no month without a roll after $1"
}

step "1. mz.yuzhong builds the roll of the first month after the decision that has none yet"
MZ=$(staff_token mz.yuzhong)
ROLL=$(next_roll "$DECIDED")
MONTH=$(echo "$ROLL" | py 'print(d["month"])')
ROLL_ID=$(echo "$ROLL" | py 'print(d["id"])')
echo "$ROLL" | py 'print("  roll %s of %s: %d lines, %s yuan, %s; %d of the lines pay a missed earlier month (补发); %d without a payee account (left out of the bank file)" % (d["id"][:8], d["month"], d["lineCount"], d["total"], d["status"], sum(1 for l in d["lines"] if l["month"] != d["month"]), d["accountMissing"]))'
LINE=$(echo "$ROLL" | py "print(next((l['id'] for l in d['lines'] if l['applicationNo']=='$APP_NO' and l['itemCode']=='DIBAO' and l['month']==d['month']), ''))")
[ -n "$LINE" ] || fail "the household's 低保 is not in the roll of $MONTH"
echo "$ROLL" | py "[print('  line', l['id'], l['month'], l['payeeName'], l['payeeAccount'], l['payeeBank'], l['itemName'], l['amount']) for l in d['lines'] if l['applicationNo']=='$APP_NO']"
[ "$(echo "$ROLL" | py "print(next(l['payeeAccount'] for l in d['lines'] if l['id']==$LINE))")" = "$MASKED" ] \
  || fail "the roll line does not show the masked payee account $MASKED"
AGAIN=$(curl -sS -o /dev/null -w '%{http_code}' -XPOST "$W/payments/rolls" -H "Authorization: Bearer $MZ" \
  -H 'Content-Type: application/json' -d "{\"month\":\"$MONTH\",\"regionCode\":\"$DISTRICT\"}")
echo "  the same month again: $AGAIN"; [ "$AGAIN" = 409 ] || fail "expected 409 for a second roll of $MONTH"

step "2. the bank file"
curl -fsS -D "$WORK/bank.headers" -o "$WORK/bank.xlsx" "$W/payments/rolls/$ROLL_ID/file" -H "Authorization: Bearer $MZ"
MISSING=$(tr -d '\r' < "$WORK/bank.headers" | awk -F': ' 'tolower($1)=="x-account-missing" {print $2}')
echo "  $(wc -c < "$WORK/bank.xlsx") bytes, $(file -b "$WORK/bank.xlsx" 2>/dev/null | cut -c1-40); lines left out for want of a payee account: $MISSING"
python3 - "$WORK/bank.xlsx" "$LINE" "$ACCOUNT" <<'PY' || fail "the bank file does not carry the payee account of line $LINE"
import re, sys, zipfile
book = zipfile.ZipFile(sys.argv[1])
text = "".join(book.read(n).decode("utf-8") for n in book.namelist() if n.startswith("xl/") and n.endswith(".xml"))
cells = re.findall(r"<t[^>]*>([^<]*)</t>", text)
line, account = sys.argv[2], sys.argv[3]
i = cells.index(line)  # the line's row: line id first, the account in column 9, the bank in column 10
assert cells[i + 8] == account, cells[i:i + 10]
print("  bank file line %s: %s, %s, account %s at %s, %s yuan" % (line, cells[i + 2], cells[i + 5], cells[i + 8], cells[i + 9], cells[i + 7]))
PY

step "3. the bank's return file: every line of the bank file paid but this household's, which failed"
echo "$ROLL" | py "print('明细编号,状态,原因'); [print('%s,%s,%s' % (l['id'], 'FAILED' if l['id']==$LINE else 'PAID', '账户已冻结' if l['id']==$LINE else '')) for l in d['lines'] if not l['accountMissing']]" > "$WORK/return.csv"
R=$(curl -fsS -XPOST "$W/payments/rolls/$ROLL_ID/returns" -H "Authorization: Bearer $MZ" -F "file=@$WORK/return.csv")
echo "$R" | py 'print("  paid %d, failed %d, unmatched %d; follow-up tasks opened: %d" % (d["paid"], d["failed"], d["unmatched"], len(d["followUpCaseIds"])))'
[ "$(echo "$R" | py 'print(len(d["followUpCaseIds"]))')" = 1 ] || fail "expected one follow-up for the failed line: $R"

step "4. the failed line is a task in the district's inbox"
TASK=$(curl -fsS "$W/tasks?q=$APP_NO" -H "Authorization: Bearer $MZ" \
  | py "print(next((t['taskId']+' '+t['itemCode']+' '+t['step'] for t in d if t['step']=='DEPARTMENT_REVIEW'), ''))")
[ -n "$TASK" ] || fail "no follow-up task in mz.yuzhong's inbox"
echo "  mz.yuzhong inbox: $TASK"
R2=$(curl -fsS -XPOST "$W/payments/rolls/$ROLL_ID/returns" -H "Authorization: Bearer $MZ" -F "file=@$WORK/return.csv")
echo "  the same return file again: follow-ups opened $(echo "$R2" | py 'print(len(d["followUpCaseIds"]))')"
[ "$(echo "$R2" | py 'print(len(d["followUpCaseIds"]))')" = 0 ] || fail "the same file opened another follow-up"

step "5. /stats: payments of the month"
curl -fsS "$W/stats?regionCode=$DISTRICT" -H "Authorization: Bearer $MZ" \
  | py "[print('  %s: %s lines, %s yuan, paid %s, failed %s (lines carrying this month; a 补发 line counts under the month it pays)' % (m['month'], m['lines'], m['total'], m['paidTotal'], m.get('failed'))) for m in d['paymentsByMonth'] if m['month']=='$MONTH']"

step "6. the account is fixed: mz.yuzhong approves the follow-up (pay again); the next roll pays the line again once"
TASK_ID=${TASK%% *}
AMOUNT=$(echo "$ROLL" | py "print(next(l['amount'] for l in d['lines'] if l['id']==$LINE))")
curl -fsS -o /dev/null -XPOST "$W/tasks/$TASK_ID/claim" -H "Authorization: Bearer $MZ"
json_post "$W/tasks/$TASK_ID/complete" "$MZ" "{\"decision\":\"APPROVE\",\"reason\":\"收款账户已解冻，补发\",\"amount\":\"$AMOUNT\"}" >/dev/null
NEXT=$(next_roll "$MONTH")
NEXT_MONTH=$(echo "$NEXT" | py 'print(d["month"])')
echo "$NEXT" | py "[print('  roll of %s, line %s %s %s: pays line %s of %s again' % (d['month'], l['id'], l['itemName'], l['amount'], l['repaysLineId'], l['repaysMonth'])) for l in d['lines'] if l.get('repaysLineId')==$LINE]"
[ "$(echo "$NEXT" | py "print(sum(1 for l in d['lines'] if l.get('repaysLineId')==$LINE))")" = 1 ] \
  || fail "the roll of $NEXT_MONTH does not pay line $LINE again"
AFTER=$(next_roll "$NEXT_MONTH")
[ "$(echo "$AFTER" | py "print(sum(1 for l in d['lines'] if l.get('repaysLineId')==$LINE))")" = 0 ] \
  || fail "line $LINE was paid again twice"
echo "  the roll of $(echo "$AFTER" | py 'print(d["month"])') does not pay it again"

echo; echo "PASSED: roll of $MONTH built once, bank file out, the failed line followed up in the district's inbox and paid again once in $NEXT_MONTH ($APP_ID)"
