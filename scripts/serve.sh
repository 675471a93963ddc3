#!/usr/bin/env bash
# Sets up, builds the release app and serves it on http://127.0.0.1:8080.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$project_root"
bash scripts/setup.sh
# No autoreload script: the page is served exactly as built (its CSP allows no extra inline script).
exec trunk serve --release --no-autoreload --address 127.0.0.1 --port 8080
