#!/usr/bin/env bash
# Starts web-api (8080) and mobile-api (8081) in the demo profile on the embedded H2 database
# (./data), with the seed and demo data. Builds the jars first if they are missing. Ctrl-C stops both.
# Set DB_URL/DB_USER/DB_PASSWORD (or SPRING_PROFILES_ACTIVE=demo,mysql) to use MySQL instead.
# WEB_API_PORT / MOBILE_API_PORT move the apps off 8080 / 8081 (their management ports follow, +1000).
# Both apps and their management ports listen on 127.0.0.1 only (review L9: the demo accounts and demo SMS are
# public knowledge); BIND_ADDRESS=0.0.0.0 opens them to the network, e.g. to try the H5 app from a real phone.
set -euo pipefail
cd "$(dirname "$0")"

WEB_JAR=web-api/target/assist-web-api-0.1.0-SNAPSHOT.jar
MOBILE_JAR=mobile-api/target/assist-mobile-api-0.1.0-SNAPSHOT.jar
PROFILES=${SPRING_PROFILES_ACTIVE:-demo}
WEB_PORT=${WEB_API_PORT:-8080}
MOBILE_PORT=${MOBILE_API_PORT:-8081}
BIND=${BIND_ADDRESS:-127.0.0.1}
export WEB_API_PORT=$WEB_PORT MOBILE_API_PORT=$MOBILE_PORT
# another program on a port would answer the readiness probe in place of ours: refuse to start instead
for port in "$WEB_PORT" "$MOBILE_PORT"; do
  if curl -s -o /dev/null "http://127.0.0.1:$port/" 2>/dev/null; then
    echo "Port $port is in use by another program; stop it or set WEB_API_PORT / MOBILE_API_PORT."; exit 1
  fi
done
mkdir -p data/logs

# a source newer than the jar means a rebuild: Java and resources under */src/main, and the two Vue apps (the
# console in web-api/console, the H5 app in mobile-api/frontend: their src, index.html, package files, Vite
# config), never their node_modules or any build output
changed_source() {
  find . \( -path ./data -o -name node_modules -o -name target \) -prune -o -newer "$WEB_JAR" -type f \
    \( -path '*/src/main/*' -o -path './web-api/console/*' -o -path './mobile-api/frontend/*' \) -print -quit
}
if [ ! -f "$WEB_JAR" ] || [ ! -f "$MOBILE_JAR" ] || [ -n "$(changed_source)" ]; then
  echo "Building (first run or sources changed)..."
  ./mvnw -q -B -DskipTests package
fi

pids=()
stop() {
  echo; echo "Stopping..."
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  exit 0
}
trap stop INT TERM

wait_up() { # port name
  for _ in $(seq 1 120); do
    if curl -fs "http://127.0.0.1:$1/readyz" >/dev/null 2>&1; then return 0; fi
    if ! kill -0 "${pids[-1]}" 2>/dev/null; then echo "$2 failed to start; see data/logs/$2.log"; stop; fi
    sleep 1
  done
  echo "$2 did not come up in 120 s; see data/logs/$2.log"; stop
}

# web-api first: it migrates the database and loads the seeds; mobile-api then finds them in place.
java -jar "$WEB_JAR" --spring.profiles.active="$PROFILES" \
  --server.address="$BIND" --management.server.address="$BIND" > data/logs/web-api.log 2>&1 &
pids+=($!)
wait_up "$WEB_PORT" web-api
java -jar "$MOBILE_JAR" --spring.profiles.active="$PROFILES" \
  --server.address="$BIND" --management.server.address="$BIND" > data/logs/mobile-api.log 2>&1 &
pids+=($!)
wait_up "$MOBILE_PORT" mobile-api

cat <<MSG

  web-api    (staff, charities, admin)     http://localhost:$WEB_PORT/api/v1   API: http://localhost:$WEB_PORT/swagger-ui.html
  mobile-api (residents, relatives, workers) http://localhost:$MOBILE_PORT/api/v1   API: http://localhost:$MOBILE_PORT/swagger-ui.html
  probes: /livez /readyz on each app port; actuator (health, prometheus) on the management ports $((WEB_PORT + 1000)) and $((MOBILE_PORT + 1000))
  logs: data/logs/     database: data/assist.mv.db (embedded H2, MySQL mode)

  Demo accounts (demo profile only)
    staff, charity, admin: password Demo#2026, TOTP secret (base32) JBSWY3DPEHPK3PXP
      jd.qixinggang  street reviewer, 七星岗街道 500103001
      mz.yuzhong     district civil affairs approver, 渝中区 500103
      zj.yuzhong sf.yuzhong yb.yuzhong jy.yuzhong rs.yuzhong yj.yuzhong fg.yuzhong   渝中区 departments
      mz.jiangbei    district civil affairs approver, 江北区 500105
      charity.dazu   大足应急救助基金会
      admin          administrator
      audit.city     security auditor (audit log, chain verification)
    community workers (SMS login): 13900000001 (500103001001), 13900000002 (500105001001)
    residents: log in with a demo person's phone on file (seeds/DEMO-PEOPLE.md, e.g. 李军 13800000101),
      confirm the real name (实名认证, asked before applying), then apply; the H5 login page shows the code (演示短信),
      or GET http://localhost:$MOBILE_PORT/api/v1/dev/sms-outbox?phone=... from this machine

  console (staff): http://localhost:$WEB_PORT/      H5 app (residents): http://localhost:$MOBILE_PORT/

  Listening on $BIND only$( [ "$BIND" = 127.0.0.1 ] && echo " (BIND_ADDRESS=0.0.0.0 ./run.sh opens it to the network)").
  Ctrl-C stops both.
MSG
wait
