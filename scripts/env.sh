# Shared environment for the project's scripts; sourced, not run.
# Installed tools come first on PATH: cargo's bin folder, then the npm
# packages (binaryen's wasm-opt must win over any older system wasm-opt).
project_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$project_root/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
