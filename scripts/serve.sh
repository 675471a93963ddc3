#!/usr/bin/env bash
# Sets up, builds the release app and serves it on http://127.0.0.1:8080
# through nginx with the project's deploy/nginx.conf.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$project_root"
bash scripts/setup.sh
map_source_paths
trunk build --release
# Served as deployed: Debian's nginx with deploy/nginx.conf.
exec bash scripts/nginx.sh dist 8080
