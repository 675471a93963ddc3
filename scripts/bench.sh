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
trunk build --release
(cd bench/baseline && trunk build --release)
node scripts/bench.mjs
