# Shared environment for the project's scripts; sourced, not run.
# Installed tools come first on PATH: cargo's bin folder, then the npm
# packages (binaryen's wasm-opt must win over any older system wasm-opt).
project_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$project_root/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"

# The shipped wasm keeps the file names of its panic messages. Named from
# cargo's source folders they would carry this machine's paths; mapped,
# they read "deps/yew-0.23.0/src/…". Call after scripts/setup.sh, which
# fetches the sources, so the folders exist. Only the wasm target's flags
# change: host builds keep their cache.
map_source_paths() {
  local sources flags=()
  for sources in "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/; do
    [[ -d "$sources" ]] || continue
    # Cargo splits these flags at spaces.
    if [[ "$sources" == *[[:space:]]* ]]; then
      echo "map_source_paths: cargo's folder has a space in its path: $sources" >&2
      return 1
    fi
    flags+=("--remap-path-prefix=${sources%/}=deps")
  done
  export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="${flags[*]}"
}
