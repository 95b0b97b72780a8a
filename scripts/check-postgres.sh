#!/usr/bin/env bash
# Runs the batch job and the opinion store against a real PostgreSQL on this machine, end to end:
#   1. installs PostgreSQL from the distribution (apt) if it is missing, starts the cluster if it is down
#      (and stops it again at the end if it started it);
#   2. creates a throw-away database and user (assessor_check), dropped at the end;
#   3. generates cases (with deliberate defects), runs the batch, kills a second run with kill -9
#      midway and resumes it, then checks in PostgreSQL that every opinion is stored exactly once and
#      every bad case is recorded as a skip;
#   4. lists a case's history and reproduces one stored opinion.
# Needs root (or sudo) for apt and for the postgres system user. Usage: scripts/check-postgres.sh [cases]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cases="${1:-300}"
invalid=$((cases / 50))
db=assessor_check
user=assessor_check
password="check-$(date +%s)"
work="$(mktemp -d -t assessor-pg-XXXXXX)"
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
as_postgres() { as_root env PGOPTIONS="-c client_min_messages=warning" runuser -u postgres -- "$@"; }
say() { echo "check-postgres: $*" >&2; }

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  say "installing PostgreSQL (apt-get install postgresql)"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq postgresql >/dev/null
fi
read -r version cluster port status _ < <(pg_lsclusters --no-header | head -1)
started_here=no
if [ "$status" != online ]; then
  say "starting PostgreSQL $version/$cluster on port $port"
  as_root pg_ctlcluster "$version" "$cluster" start
  started_here=yes
fi
cleanup() {
  as_postgres psql -q -p "$port" -c "DROP DATABASE IF EXISTS $db" -c "DROP ROLE IF EXISTS $user" >/dev/null 2>&1 || true
  if [ "$started_here" = yes ]; then as_root pg_ctlcluster "$version" "$cluster" stop || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
as_postgres psql -q -p "$port" -c "DROP DATABASE IF EXISTS $db" -c "DROP ROLE IF EXISTS $user" >/dev/null
as_postgres psql -q -p "$port" -c "CREATE ROLE $user LOGIN PASSWORD '$password'" -c "CREATE DATABASE $db OWNER $user" >/dev/null
psql_check() { PGPASSWORD="$password" psql -h localhost -p "$port" -U "$user" -d "$db" -tA -c "$1"; }

cat > "$work/assessor.properties" <<PROPS
spring.datasource.url=jdbc:postgresql://localhost:$port/$db
spring.datasource.username=$user
spring.datasource.password=$password
PROPS
say "PostgreSQL $(psql_check 'SHOW server_version'), database $db"

"$here/assessor" generate --cases "$cases" --seed 17 --invalid "$invalid" --out "$work/cases"
say "first run"
"$here/assessor" batch "$work/cases" --out "$work/out" --config "$work/assessor.properties" --data "$work/data" \
  --scores-only --no-progress
valid=$((cases - invalid))
[ "$(psql_check 'SELECT count(*) FROM opinion')" = "$valid" ] || { say "FAIL: expected $valid opinions"; exit 1; }
[ "$(psql_check 'SELECT count(*) FROM batch_skip')" = "$invalid" ] || { say "FAIL: expected $invalid skips"; exit 1; }

say "second run (full mode), killed with kill -9 midway, then resumed"
"$here/assessor" batch "$work/cases" --out "$work/out-full" --config "$work/assessor.properties" --data "$work/data" \
  --no-progress > "$work/killed.log" 2>&1 &
pid=$!
while kill -0 "$pid" 2>/dev/null && [ "$(find "$work/out-full" -name opinion.json 2>/dev/null | wc -l)" -lt 20 ]; do sleep 0.2; done
kill -9 "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
say "killed after $(find "$work/out-full" -name opinion.json | wc -l) opinion files; resuming"
# on a shared database a run that stopped writing less than 2 minutes ago may still be alive elsewhere:
# the batch refuses to take it over unless told the process is dead (--force-resume)
if "$here/assessor" batch "$work/cases" --out "$work/out-full" --config "$work/assessor.properties" --data "$work/data" \
  --no-progress > "$work/refused.log" 2>&1; then say "FAIL: took over a run that may still be alive"; exit 1; fi
grep -q "another process is running this batch" "$work/refused.log" || { cat "$work/refused.log"; exit 1; }
"$here/assessor" batch "$work/cases" --out "$work/out-full" --config "$work/assessor.properties" --data "$work/data" \
  --no-progress --force-resume | tee "$work/resumed.log"
grep -qE "resumed run|续跑" "$work/resumed.log" || { say "FAIL: the second run did not resume"; exit 1; }
[ "$(psql_check "SELECT count(*) FROM opinion WHERE mode = 'full'")" = "$valid" ] || { say "FAIL: expected $valid full opinions"; exit 1; }
[ "$(psql_check 'SELECT count(*) FROM (SELECT case_id, input_hash, rule_set_hash, mode FROM opinion GROUP BY 1, 2, 3, 4 HAVING count(*) > 1) d')" = 0 ] \
  || { say "FAIL: duplicated opinions"; exit 1; }

case_id="$(psql_check 'SELECT case_id FROM opinion ORDER BY case_id LIMIT 1')"
opinion_id="$(psql_check "SELECT opinion_id FROM opinion WHERE case_id = '$case_id' AND mode = 'full'")"
"$here/assessor" history "$case_id" --config "$work/assessor.properties" --data "$work/data"
"$here/assessor" history "$case_id" --config "$work/assessor.properties" --data "$work/data" --reproduce "$opinion_id"
say "OK: $valid opinions per mode stored once each, $invalid skips recorded, kill -9 resumed, opinion reproduced"
