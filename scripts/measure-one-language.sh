#!/usr/bin/env bash
# Measures what a build per language would weigh. Builds the app's wasm
# twice the same way (cargo, wasm-bindgen, wasm-opt -Oz): as it is, and
# with every language answering from the English catalogue (the feature
# measure-english-only of waika-texts), so that the Chinese and Norwegian
# texts drop out. Prints both brotli sizes and the difference.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$project_root"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

build() {
  local name="$1"
  shift
  cargo build --quiet --release --locked -p waika-ui --bin waika --target wasm32-unknown-unknown \
    --target-dir "$work/cargo" "$@"
  wasm-bindgen --target web --out-dir "$work/$name" --out-name waika \
    "$work/cargo/wasm32-unknown-unknown/release/waika.wasm"
  wasm-opt -Oz --all-features "$work/$name/waika_bg.wasm" -o "$work/$name.wasm"
}
build three
build one --features waika-texts/measure-english-only

node -e "
const { readFileSync } = require('node:fs');
const { brotliCompressSync, constants } = require('node:zlib');
const br = (path) => brotliCompressSync(readFileSync(path), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (bytes) => (bytes / 1024).toFixed(1) + ' KB';
const three = br('$work/three.wasm'), one = br('$work/one.wasm');
console.log('wasm, brotli: all three languages ' + kb(three) + ', one language ' + kb(one) + ', a build per language would save ' + kb(three - one));
"
