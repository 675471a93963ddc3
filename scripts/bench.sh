#!/usr/bin/env bash
# Builds the release app and the baseline counter, then measures the app
# served by nginx with deploy/nginx.conf: bytes of each entry view's first
# content, usable page and whole first visit, Lighthouse on each, moving
# between views, keystroke latency and offline reload (scripts/bench.mjs).
# Not part of the test command.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$project_root"
bash scripts/setup.sh
map_source_paths
trunk build --release
(cd bench/baseline && trunk build --release)
node scripts/bench.mjs

# The tracker at scale (20,000 payments, 5,000 in one month): opening it,
# adding, deleting and undoing, each against a target of 100 ms.
port="$(node -e "const s = require('net').createServer(); s.listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); })")"
bash scripts/nginx.sh dist "$port" >/dev/null 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -fsS "http://127.0.0.1:$port/" >/dev/null 2>&1 && break; sleep 0.2; done
node scripts/bench-ledger.mjs "$port" | tee bench/ledger-results.json
