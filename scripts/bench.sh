#!/usr/bin/env bash
# Builds the release app and the baseline counter, then measures both:
# sizes, Lighthouse, keystroke latency and offline reload. Not part of the
# test command; run it after the README's set-up.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$project_root"
bash scripts/setup.sh
trunk build --release
(cd bench/baseline && trunk build --release)
node scripts/bench.mjs
