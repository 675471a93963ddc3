#!/usr/bin/env bash
# Installs what building and testing need, and nothing that is already there
# at the right version. Safe to run any number of times.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$project_root"

TRUNK_VERSION="0.21.14"
# wasm-bindgen's command-line tool must match the library in Cargo.lock exactly.
BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)"
installed=()

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  rustup target add wasm32-unknown-unknown
  installed+=("wasm32 target")
fi

if [[ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]]; then
  # Newer trunk releases need a newer rustc than the one here.
  cargo install --locked "trunk@$TRUNK_VERSION"
  installed+=("trunk $TRUNK_VERSION")
fi

if [[ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $BINDGEN_VERSION" ]]; then
  # Not --locked: one of its locked dependencies is no longer published.
  cargo install --force "wasm-bindgen-cli@$BINDGEN_VERSION"
  installed+=("wasm-bindgen $BINDGEN_VERSION")
fi

if [[ ! -x "$CHROMIUM" || ! -x "$CHROMEDRIVER" ]]; then
  apt-get update -qq
  apt-get install -y -qq chromium chromium-driver
  installed+=("chromium and chromedriver")
fi

# The end-to-end tests, the bench and serve.sh serve the build through
# Debian's nginx with deploy/nginx.conf, as a real host would, with the
# module that sends the build's .br files.
if ! command -v nginx >/dev/null || [[ ! -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ]]; then
  apt-get update -qq
  apt-get install -y -qq nginx-light libnginx-mod-http-brotli-static
  # Only the project's own servers run it, on ports of their own.
  service nginx stop >/dev/null 2>&1 || true
  installed+=("nginx")
fi

# Chinese text shows as empty boxes in screenshots without a CJK font;
# users' phones have one.
if ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then
  apt-get update -qq
  apt-get install -y -qq fonts-noto-cjk
  installed+=("CJK fonts")
fi

# npm ci wipes node_modules, so run it only when the lock file changed.
lock_hash="$(sha256sum package-lock.json | cut -d' ' -f1)"
stamp="node_modules/.installed-lock-hash"
if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$lock_hash" ]]; then
  npm ci --no-audit --no-fund
  echo "$lock_hash" > "$stamp"
  installed+=("npm packages")
fi

# The crates' sources on disk, so map_source_paths (env.sh) finds their
# folder before the first build (a fresh machine has none yet).
if ! compgen -G "${CARGO_HOME:-$HOME/.cargo}/registry/src/*/" >/dev/null; then
  cargo fetch --locked --quiet
fi

if ((${#installed[@]} == 0)); then
  echo "setup: nothing to install (wasm32 target, trunk $TRUNK_VERSION, wasm-bindgen $BINDGEN_VERSION, chromium, nginx, CJK fonts, npm packages are in place)"
else
  echo "setup: installed $(IFS=,; echo "${installed[*]}" | sed 's/,/, /g')"
fi
