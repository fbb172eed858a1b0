#!/usr/bin/env bash
# Regenerates the two screenshots of the docs from the current build, on the bundled example articles:
#   docs/fuseki-ui.png   the Fuseki UI's query page of /diplomacy after running queries/who-talked-to-whom.rq
#   docs/network.png     the page of ./diplograph network --format html
# and checks the UI's dataset pages (query, info) for error messages against the server's restricted /$/ area.
#
#   ./run.sh build && scripts/screenshots.sh
#
# Needs Debian's Chromium and its WebDriver (apt-get install -y chromium chromium-driver) and python3. Nothing of
# the working tree changes but the two pictures: the store, the server and the browser profile live in a
# temporary folder. Afterwards, put the day in the captions (README.md, docs/store.md, docs/analyst.md).
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in chromium chromedriver python3; do
  if ! command -v "$tool" >/dev/null; then
    echo "screenshots.sh: $tool is missing; on Debian: apt-get install -y chromium chromium-driver python3" >&2
    exit 1
  fi
done
[ -f target/diplograph.jar ] || { echo "screenshots.sh: no target/diplograph.jar; run ./run.sh build first" >&2; exit 1; }

work=$(mktemp -d)
server=""
driver=""
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
  [ -n "$driver" ] && kill "$driver" 2>/dev/null && wait "$driver" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

echo "screenshots.sh: ingesting examples/ into a temporary store" >&2
./diplograph ingest --db "$work/tdb2" examples/ 2>"$work/ingest.log" || { cat "$work/ingest.log" >&2; exit 1; }

port=$(free_port)
./diplograph serve --db "$work/tdb2" --port "$port" 2>"$work/serve.log" &
server=$!
for _ in $(seq 1 120); do
  grep -q "Stop the server" "$work/serve.log" && break
  kill -0 "$server" 2>/dev/null || { cat "$work/serve.log" >&2; exit 1; }
  sleep 0.5
done
echo "screenshots.sh: serving on http://127.0.0.1:$port/" >&2

driver_port=$(free_port)
chromedriver --port="$driver_port" >"$work/chromedriver.log" 2>&1 &
driver=$!
sleep 2

status=0
CHROMEDRIVER="http://127.0.0.1:$driver_port" python3 scripts/fuseki_ui.py "http://127.0.0.1:$port" \
    queries/who-talked-to-whom.rq docs/fuseki-ui.png "$work/info.png" || status=$?
cp "$work/info.png" target/fuseki-ui-info.png 2>/dev/null || true

./diplograph network --db "$work/tdb2" --format html -o "$work/network.html" 2>/dev/null
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$work/profile" --hide-scrollbars \
    --window-size=1200,900 --screenshot="$PWD/docs/network.png" "file://$work/network.html" 2>"$work/chromium.log" \
  || { cat "$work/chromium.log" >&2; exit 1; }

echo "screenshots.sh: wrote docs/fuseki-ui.png and docs/network.png ($(date -u +%F)); the info page is in target/fuseki-ui-info.png" >&2
exit "$status"
