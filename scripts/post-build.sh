#!/usr/bin/env bash
# Trunk's post-build hook (see Trunk.toml), in the folder Trunk is
# building into ($TRUNK_STAGING_DIR): first every page is prerendered,
# then the Chinese and Norwegian apps are built beside Trunk's English one,
# then the pages are finished and the service worker written.
set -euo pipefail
cargo run --quiet --locked -p waika-prerender -- "$TRUNK_STAGING_DIR"
bash scripts/build-languages.sh "$TRUNK_STAGING_DIR"
node scripts/precache.mjs "$TRUNK_STAGING_DIR"
