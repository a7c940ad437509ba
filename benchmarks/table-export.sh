#!/usr/bin/env bash
# Memory and time of the units × indicators table and its exports at national scale (issue 16): makes a fresh
# PostgreSQL database seeded like web-scale.sh (3,321 units, the 41-indicator catalog, 8 quarterly requests), then
# for each of the table page, the CSV export and the XLSX export starts `./tonghop serve` afresh, logs in as a leader,
# asks it once (cold: caches filled) and once again, and prints the time, the size of the answer, the app's RSS
# before and its peak RSS (VmHWM) after. Record results in docs/benchmarks.md.
#
#   benchmarks/table-export.sh [--units 3321] [--periods 8] [--port 5392] [--keep] [--reuse] [--exports-only]
#
# The PostgreSQL server is named the psql way: PGHOST (127.0.0.1), PGPORT (54331), PGUSER (postgres), PGPASSWORD.
# The database `tonghop_table` is dropped and made again, and dropped at the end; --keep keeps it, --reuse measures a
# kept one again without seeding. Needs psql, curl.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
units=3321 periods=8 port=5392 keep=0 reuse=0 page=1
while [ $# -gt 0 ]; do
  case "$1" in
    --units) units="$2"; shift 2 ;;
    --periods) periods="$2"; shift 2 ;;
    --port) port="$2"; shift 2 ;;
    --keep) keep=1; shift ;;
    --reuse) reuse=1; keep=1; shift ;;
    --exports-only) page=0; shift ;;
    *) echo "usage: $0 [--units N] [--periods N] [--port N] [--keep] [--reuse] [--exports-only]" >&2; exit 2 ;;
  esac
done
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-54331}" PGUSER="${PGUSER:-postgres}"
db=tonghop_table
conn="Host=$PGHOST;Port=$PGPORT;Username=$PGUSER;Database=$db${PGPASSWORD:+;Password=$PGPASSWORD}"
work="$(mktemp -d)"
data="$work/data"
url="http://127.0.0.1:$port"
app=""
stop_app() { if [ -n "$app" ]; then kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; app=""; fi; }
cleanup() {
  stop_app
  if [ "$keep" = 0 ]; then psql -q -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "== machine: $(nproc) cores, $(uptime)"
if [ "$reuse" = 0 ]; then
  psql -q -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db" >/dev/null
fi
user="bench$RANDOM" password="bench-table-$RANDOM$RANDOM"
"$root/tonghop" admin create-user "$user" --role leader --password "$password" --postgres "$conn" --data "$data" >/dev/null
if [ "$reuse" = 0 ]; then
  dotnet build "$root/benchmarks/TongHop.Benchmarks" -c Release -nologo -v quiet -clp:ErrorsOnly >/dev/null
  dotnet "$root/benchmarks/TongHop.Benchmarks/bin/Release/net10.0/TongHop.Benchmarks.dll" seed-scale \
    --postgres "$conn" --units "$units" --periods "$periods" --data "$data"
  "$root/tonghop" --help >/dev/null # the benchmarks' build touched src/*/bin: rebuild the CLI now, not in the wait below
fi
request="$(psql -d "$db" -At -c 'SELECT max("Id") FROM "Requests"')"
psql -d "$db" -At -c "SELECT 'rows: units ' || (SELECT count(*) FROM \"Units\") || ', submissions ' || (SELECT count(*) FROM \"Submissions\") || ', values ' || (SELECT count(*) FROM \"Values\")"

rss() { awk -v k="$1" '$1 == k":" {printf "%.0f", $2 / 1024}' "/proc/$app/status"; }
targets=("/Requests/$request/Table?handler=Export&format=csv" "/Requests/$request/Table?handler=Export&format=xlsx")
if [ "$page" = 1 ]; then targets=("/Requests/$request/Table" "${targets[@]}"); fi
for target in "${targets[@]}"; do
  "$root/tonghop" serve --postgres "$conn" --data "$data" --no-demo --urls "$url" >"$work/app.log" 2>&1 &
  app=$!
  for _ in $(seq 1 180); do curl -fs "$url/healthz" >/dev/null 2>&1 && break; sleep 1; done
  curl -fs "$url/healthz" >/dev/null || { echo "app did not start:"; tail -n 30 "$work/app.log"; exit 1; }
  jar="$work/cookies"
  token="$(curl -fs -c "$jar" "$url/Account/Login" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//;s/"$//')"
  curl -fs -b "$jar" -c "$jar" -o /dev/null --data-urlencode "UserName=$user" --data-urlencode "Password=$password" \
    --data-urlencode "__RequestVerificationToken=$token" "$url/Account/Login"
  curl -fs -b "$jar" -o /dev/null "$url/" # the app warmed up by a small page
  before="$(rss VmRSS)"
  read -r status size cold < <(curl -s -b "$jar" -o "$work/answer" -w '%{http_code} %{size_download} %{time_total}\n' "$url$target")
  [ "$status" = 200 ] || { echo "GET $target answered $status"; exit 1; }
  read -r _ _ warm < <(curl -s -b "$jar" -o /dev/null -w '%{http_code} %{size_download} %{time_total}\n' "$url$target")
  echo "== $target: ${size} bytes, cold ${cold}s, again ${warm}s; RSS before ${before} MB, peak $(rss VmHWM) MB, after $(rss VmRSS) MB"
  case "$target" in *csv) echo "   csv lines: $(wc -l <"$work/answer")" ;; *xlsx) echo "   xlsx rows: $(unzip -p "$work/answer" xl/worksheets/sheet1.xml | grep -o '<x:row \|<row ' | wc -l)" ;; esac
  stop_app
done
echo "== load after: $(uptime)"
