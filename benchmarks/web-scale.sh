#!/usr/bin/env bash
# National-scale web benchmark on PostgreSQL (issue 5's "Done when"): makes a fresh database, seeds it with
# national-scale data (3,321 reporting units, the 41-indicator catalog, 8 quarterly requests, ~1M values), starts
# `./tonghop serve` on it, logs in as a leader and runs wrk against the request dashboard, the province figures
# page (with its trends) and the figures API of the newest request; prints p50/p95/p99, the CPU each request cost the
# app and the PostgreSQL server (milliseconds of CPU per request: what the machine's load does not change, unlike the
# latencies on a shared machine) and the app's peak RSS. Record results in docs/benchmarks.md.
#
#   benchmarks/web-scale.sh [--units 3321] [--periods 8] [--connections 50] [--duration 30s] [--port 5391] [--keep] [--reuse]
#                           [--cli DIR] [--warmup 10s]
#
# --cli DIR serves with another build of the command line (DIR holds its tonghop.dll, e.g. a copy of main's
# artifacts/cli): with --reuse, two builds are compared on the same data, one run after the other.
# --warmup D runs wrk on each page for D before measuring it (not counted), so that the measure is of the app once its
# code is compiled (tiered JIT): on 2 busy cores the first 10–20 s after a start cost twice the CPU per request.
# --warmup 0 measures from the first request on, as the runs before 2026-12-05 19:00 did.
#
# The PostgreSQL server is named the psql way: PGHOST (127.0.0.1), PGPORT (54331), PGUSER (postgres), PGPASSWORD.
# The database `tonghop_scale` is dropped and made again, and dropped at the end; --keep keeps it, --reuse measures a
# kept one again without seeding. Needs wrk, psql, curl.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
units=3321 periods=8 connections=50 duration=30s port=5391 keep=0 reuse=0 cli="" warmup=10s
while [ $# -gt 0 ]; do
  case "$1" in
    --units) units="$2"; shift 2 ;;
    --periods) periods="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --port) port="$2"; shift 2 ;;
    --keep) keep=1; shift ;;
    --reuse) reuse=1; keep=1; shift ;;
    --cli) cli="$(cd "$2" && pwd)"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    *) echo "usage: $0 [--units N] [--periods N] [--connections N] [--duration 30s] [--port N] [--keep] [--reuse] [--cli DIR] [--warmup 10s]" >&2; exit 2 ;;
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
# With --cli, that build also makes the user: ./tonghop would first rebuild the working tree's CLI (minutes when busy).
tonghop() { if [ -n "$cli" ]; then dotnet "$cli/tonghop.dll" "$@"; else "$root/tonghop" "$@"; fi; }
tonghop admin create-user "$user" --role leader --password "$password" --postgres "$conn" --data "$data" >/dev/null
if [ "$reuse" = 0 ]; then
  dotnet build "$root/benchmarks/TongHop.Benchmarks" -c Release -nologo -v quiet -clp:ErrorsOnly >/dev/null
  dotnet "$root/benchmarks/TongHop.Benchmarks/bin/Release/net10.0/TongHop.Benchmarks.dll" seed-scale \
    --postgres "$conn" --units "$units" --periods "$periods" --data "$data"
fi
request="$(psql -d "$db" -At -c 'SELECT max("Id") FROM "Requests"')"
psql -d "$db" -At -c "SELECT 'rows: units ' || (SELECT count(*) FROM \"Units\") || ', submissions ' || (SELECT count(*) FROM \"Submissions\") || ', values ' || (SELECT count(*) FROM \"Values\")"

# Building the benchmarks writes under src/*/bin, which makes ./tonghop rebuild the CLI: do it now, not inside the
# health-check wait below (at load 30 that build takes 7 minutes).
if [ -n "$cli" ]; then
  echo "== serving with $cli/tonghop.dll"
  dotnet "$cli/tonghop.dll" serve --postgres "$conn" --data "$data" --no-demo --urls "$url" >"$work/app.log" 2>&1 &
else
  "$root/tonghop" --help >/dev/null
  "$root/tonghop" serve --postgres "$conn" --data "$data" --no-demo --urls "$url" >"$work/app.log" 2>&1 &
fi
app=$!
for _ in $(seq 1 120); do curl -fs "$url/healthz" >/dev/null 2>&1 && break; sleep 1; done
curl -fs "$url/healthz" >/dev/null || { echo "app did not start:"; tail -n 30 "$work/app.log"; exit 1; }

# Log in as the leader (read-only role) and hand the cookie to wrk.
jar="$work/cookies"
token="$(curl -fs -c "$jar" "$url/Account/Login" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//;s/"$//')"
curl -fs -b "$jar" -c "$jar" -o /dev/null --data-urlencode "UserName=$user" --data-urlencode "Password=$password" \
  --data-urlencode "__RequestVerificationToken=$token" "$url/Account/Login"
cookie="$(awk -F'\t' 'NF == 7 && ($1 !~ /^#/ || $1 ~ /^#HttpOnly_/) {printf "%s=%s; ", $6, $7}' "$jar")"

# CPU time (user + system, in clock ticks) of a process and of its children still running: the app's own, and the
# PostgreSQL server's (its postmaster and every backend) when the server runs on this machine.
ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
pg_pid="$(psql -d "$db" -At -c 'SHOW data_directory' 2>/dev/null | xargs -I{} head -n 1 {}/postmaster.pid 2>/dev/null || true)"
pg_ticks() {
  local total pid
  [ -n "$pg_pid" ] || { echo 0; return; }
  # The postmaster's own and its ended children's (a backend that ends takes its CPU time there), then the running ones.
  total="$(awk '{print $14 + $15 + $16 + $17}' "/proc/$pg_pid/stat" 2>/dev/null || echo 0)"
  for pid in $(pgrep -P "$pg_pid"); do total=$((total + $(ticks "$pid"))); done
  echo "$total"
}
hz="$(getconf CLK_TCK)"
# wrk with its RESULT line and the milliseconds of CPU each request cost the app and the database.
measure() {
  local a0 p0 a1 p1 result requests
  a0="$(ticks "$app")" p0="$(pg_ticks)"
  result="$(wrk -t 2 -c "$connections" -d "$duration" "$@" -s "$root/benchmarks/wrk-percentiles.lua" | grep -E 'RESULT|Non-2xx')"
  a1="$(ticks "$app")" p1="$(pg_ticks)"
  requests="$(sed -n 's/.*requests=\([0-9]*\).*/\1/p' <<<"$result")"
  echo "$result"
  awk -v a="$((a1 - a0))" -v p="$((p1 - p0))" -v n="${requests:-0}" -v hz="$hz" -v pg="$pg_pid" 'BEGIN {
    if (n > 0) printf "CPU per request: app %.2f ms, PostgreSQL %s\n", a * 1000 / hz / n, pg == "" ? "(not local)" : sprintf("%.2f ms", p * 1000 / hz / n) }'
}

for page in "/Requests/$request" "/Requests/$request/Figures" "/api/requests/$request/figures"; do
  # The first (cold) request computes and caches; its time and the page size are shown, then wrk measures.
  read -r status size cold < <(curl -s -o /dev/null -w '%{http_code} %{size_download} %{time_total}\n' -H "Cookie: $cookie" "$url$page")
  [ "$status" = 200 ] || { echo "GET $page answered $status (login failed?)"; exit 1; }
  if [ "$warmup" != 0 ]; then
    wrk -t 2 -c "$connections" -d "$warmup" -H "Cookie: $cookie" -s "$root/benchmarks/wrk-percentiles.lua" "$url$page" >/dev/null
  fi
  echo "== $page: cold ${cold}s, ${size} bytes; wrk -c $connections -d $duration (after ${warmup} of warm-up)"
  measure -H "Cookie: $cookie" "$url$page"
done
# The floor on this machine at this load: the smallest page the app serves.
echo "== /healthz (floor: what the machine gives any request now); wrk -c $connections -d $duration"
measure "$url/healthz"
echo "== app peak RSS: $(awk '/VmHWM/ {printf "%.0f MB", $2 / 1024}' "/proc/$app/status"), now $(awk '/VmRSS/ {printf "%.0f MB", $2 / 1024}' "/proc/$app/status")"
echo "== load after: $(uptime)"
