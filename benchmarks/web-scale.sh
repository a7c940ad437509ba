#!/usr/bin/env bash
# National-scale web benchmark on PostgreSQL (issue 5's "Done when"): makes a fresh database, seeds it with
# national-scale data (3,321 reporting units, the 41-indicator catalog, 8 quarterly requests, ~1M values), starts
# `./tonghop serve` on it, logs in as a leader and runs wrk against the request dashboard, the province figures
# page (with its trends) and the figures API of the newest request; prints p50/p95/p99 and the app's peak RSS. Record results in docs/benchmarks.md.
#
#   benchmarks/web-scale.sh [--units 3321] [--periods 8] [--connections 50] [--duration 30s] [--port 5391] [--keep] [--reuse]
#
# The PostgreSQL server is named the psql way: PGHOST (127.0.0.1), PGPORT (54331), PGUSER (postgres), PGPASSWORD.
# The database `tonghop_scale` is dropped and made again, and dropped at the end; --keep keeps it, --reuse measures a
# kept one again without seeding. Needs wrk, psql, curl.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
units=3321 periods=8 connections=50 duration=30s port=5391 keep=0 reuse=0
while [ $# -gt 0 ]; do
  case "$1" in
    --units) units="$2"; shift 2 ;;
    --periods) periods="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --port) port="$2"; shift 2 ;;
    --keep) keep=1; shift ;;
    --reuse) reuse=1; keep=1; shift ;;
    *) echo "usage: $0 [--units N] [--periods N] [--connections N] [--duration 30s] [--port N] [--keep] [--reuse]" >&2; exit 2 ;;
  esac
done
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-54331}" PGUSER="${PGUSER:-postgres}"
db=tonghop_scale
conn="Host=$PGHOST;Port=$PGPORT;Username=$PGUSER;Database=$db${PGPASSWORD:+;Password=$PGPASSWORD}"
work="$(mktemp -d)"
data="$work/data"
url="http://127.0.0.1:$port"
app=""
cleanup() {
  if [ -n "$app" ]; then kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; fi
  if [ "$keep" = 0 ]; then psql -q -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "== machine: $(nproc) cores, $(uptime)"
if [ "$reuse" = 0 ]; then
  psql -q -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db" >/dev/null
fi
user="bench$RANDOM" password="bench-scale-$RANDOM$RANDOM"
"$root/tonghop" admin create-user "$user" --role leader --password "$password" --postgres "$conn" --data "$data" >/dev/null
if [ "$reuse" = 0 ]; then
  dotnet build "$root/benchmarks/TongHop.Benchmarks" -c Release -nologo -v quiet -clp:ErrorsOnly >/dev/null
  dotnet "$root/benchmarks/TongHop.Benchmarks/bin/Release/net10.0/TongHop.Benchmarks.dll" seed-scale \
    --postgres "$conn" --units "$units" --periods "$periods" --data "$data"
fi
request="$(psql -d "$db" -At -c 'SELECT max("Id") FROM "Requests"')"
psql -d "$db" -At -c "SELECT 'rows: units ' || (SELECT count(*) FROM \"Units\") || ', submissions ' || (SELECT count(*) FROM \"Submissions\") || ', values ' || (SELECT count(*) FROM \"Values\")"

# Building the benchmarks writes under src/*/bin, which makes ./tonghop rebuild the CLI: do it now, not inside the
# health-check wait below (at load 30 that build takes 7 minutes).
"$root/tonghop" --help >/dev/null
"$root/tonghop" serve --postgres "$conn" --data "$data" --no-demo --urls "$url" >"$work/app.log" 2>&1 &
app=$!
for _ in $(seq 1 120); do curl -fs "$url/healthz" >/dev/null 2>&1 && break; sleep 1; done
curl -fs "$url/healthz" >/dev/null || { echo "app did not start:"; tail -n 30 "$work/app.log"; exit 1; }

# Log in as the leader (read-only role) and hand the cookie to wrk.
jar="$work/cookies"
token="$(curl -fs -c "$jar" "$url/Account/Login" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//;s/"$//')"
curl -fs -b "$jar" -c "$jar" -o /dev/null --data-urlencode "UserName=$user" --data-urlencode "Password=$password" \
  --data-urlencode "__RequestVerificationToken=$token" "$url/Account/Login"
cookie="$(awk -F'\t' 'NF == 7 && ($1 !~ /^#/ || $1 ~ /^#HttpOnly_/) {printf "%s=%s; ", $6, $7}' "$jar")"

for page in "/Requests/$request" "/Requests/$request/Figures" "/api/requests/$request/figures"; do
  # The first (cold) request computes and caches; its time and the page size are shown, then wrk measures.
  read -r status size cold < <(curl -s -o /dev/null -w '%{http_code} %{size_download} %{time_total}\n' -H "Cookie: $cookie" "$url$page")
  [ "$status" = 200 ] || { echo "GET $page answered $status (login failed?)"; exit 1; }
  echo "== $page: cold ${cold}s, ${size} bytes; wrk -c $connections -d $duration"
  wrk -t 2 -c "$connections" -d "$duration" -H "Cookie: $cookie" -s "$root/benchmarks/wrk-percentiles.lua" "$url$page" | grep -E 'RESULT|Non-2xx'
done
# The floor on this machine at this load: the smallest page the app serves.
echo "== /healthz (floor: what the machine gives any request now); wrk -c $connections -d $duration"
wrk -t 2 -c "$connections" -d "$duration" -s "$root/benchmarks/wrk-percentiles.lua" "$url/healthz" | grep -E 'RESULT|Non-2xx'
echo "== app peak RSS: $(awk '/VmHWM/ {printf "%.0f MB", $2 / 1024}' "/proc/$app/status"), now $(awk '/VmRSS/ {printf "%.0f MB", $2 / 1024}' "/proc/$app/status")"
echo "== load after: $(uptime)"
