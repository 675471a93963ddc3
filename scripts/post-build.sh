#!/usr/bin/env bash
# Trunk's post-build hook (see Trunk.toml), in the folder Trunk is
# building into ($TRUNK_STAGING_DIR), three steps in order:
# 1. crates/prerender: every page drawn as HTML, the 404 pages, the
#    sitemap, and build-values.json (the build's day and the table of
#    views that go.js and embed.js read);
# 2. scripts/build-languages.sh: the Chinese and Norwegian apps beside
#    Trunk's English one;
# 3. scripts/post-build/finish.mjs: the build's version, each language's
#    start-up script, the service worker, every placeholder filled in one
#    pass (placeholders.mjs), compressed copies.
set -euo pipefail
cargo run --quiet --locked -p waika-prerender -- "$TRUNK_STAGING_DIR"
bash scripts/build-languages.sh "$TRUNK_STAGING_DIR"
node scripts/post-build/finish.mjs "$TRUNK_STAGING_DIR"
