#!/usr/bin/env bash
# Sets up and runs every check and test: formatting, lints, native tests,
# browser tests of the WebAssembly build, the release build and its size,
# and the end-to-end tests against the release build.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$project_root"
bash scripts/setup.sh
map_source_paths

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
step() {
  local name="$1"
  shift
  echo "== $name: $*"
  "$@" 2>&1 | tee -a "$log"
}

step "format" cargo fmt --all --check
step "module imports" node scripts/module-imports.mjs
step "lint, host" cargo clippy --workspace --all-targets --locked -- -D warnings
# The prerender tool runs on the build machine only.
step "lint, wasm32" cargo clippy --workspace --exclude waika-prerender --target wasm32-unknown-unknown --all-targets --locked -- -D warnings
# Each language's app is built with only its own texts: lint one such build too.
step "lint, one language" cargo clippy --locked -p waika-ui --target wasm32-unknown-unknown --features only-nb -- -D warnings
step "native tests" cargo test --workspace --locked
step "browser tests" cargo test --locked -p waika-ui --target wasm32-unknown-unknown --test web
step "release build" trunk build --release
step "size budget" node scripts/size-check.mjs dist
step "no build paths" node scripts/build-paths-check.mjs dist
# Free ports on 127.0.0.1 for the test servers (nginx with deploy/nginx.conf), so a server left running
# elsewhere cannot collide with them.
free_port() {
  node -e "const s = require('net').createServer(); s.listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); })"
}
E2E_PORT="$(free_port)"
E2E_UPDATE_PORT="$(free_port)"
export E2E_PORT E2E_UPDATE_PORT
step "end-to-end tests" npx playwright test

# One closing line over every runner: cargo's "test result" lines and
# Playwright's summary.
cargo_passed=$(grep -oE 'test result: ok\. [0-9]+ passed' "$log" | awk '{ sum += $4 } END { print sum + 0 }')
e2e_passed=$(grep -oE '^ +[0-9]+ passed' "$log" | awk '{ sum += $1 } END { print sum + 0 }')
echo "total: $((cargo_passed + e2e_passed)) passed, 0 failed"
