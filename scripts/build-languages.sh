#!/usr/bin/env bash
# Part of Trunk's post-build hook (see scripts/post-build.sh): Trunk has
# built the English app; this builds the Chinese and the Norwegian ones
# the same way (cargo, wasm-bindgen, wasm-opt -O2: see Trunk.toml), each with only its own
# texts, into the folder Trunk is building into, as
# waika-<lang>-<hash>.js and waika-<lang>-<hash>_bg.wasm. The next step
# (scripts/post-build/start-scripts.mjs) points each language's pages at
# its own app.
set -euo pipefail
staging="${1:-${TRUNK_STAGING_DIR:?run through trunk build}}"
profile_flag=()
profile_dir=debug
if [[ "${TRUNK_PROFILE:-release}" == "release" ]]; then
  profile_flag=(--release)
  profile_dir=release
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for lang in zh nb; do
  cargo build --quiet --locked "${profile_flag[@]}" -p waika-ui --bin waika \
    --target wasm32-unknown-unknown --features "only-$lang"
  wasm-bindgen --target web --no-typescript --out-dir "$work/$lang" --out-name waika \
    "target/wasm32-unknown-unknown/$profile_dir/waika.wasm"
  if [[ "$profile_dir" == "release" ]]; then
    wasm-opt -O2 "$work/$lang/waika_bg.wasm" -o "$work/$lang/waika_bg.wasm"
  fi
  hash="$(cat "$work/$lang/waika_bg.wasm" "$work/$lang/waika.js" | sha256sum | cut -c1-16)"
  cp "$work/$lang/waika_bg.wasm" "$staging/waika-$lang-${hash}_bg.wasm"
  cp "$work/$lang/waika.js" "$staging/waika-$lang-$hash.js"
done
