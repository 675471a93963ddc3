#!/usr/bin/env bash
# Trunk's post-build hook (see Trunk.toml), in the folder Trunk is
# building into ($TRUNK_STAGING_DIR): first every page is prerendered,
# then the pages are finished and the service worker written.
set -euo pipefail
cargo run --quiet --locked -p waika-prerender -- "$TRUNK_STAGING_DIR"
node scripts/precache.mjs "$TRUNK_STAGING_DIR"
