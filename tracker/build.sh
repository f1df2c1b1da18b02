#!/usr/bin/env bash
# Builds the three served variants of the tracker from script.js into dist/ (committed, so the
# Rust build needs no Node.js). Run after editing script.js:  bash tracker/build.sh
# Needs terser from the npm registry; installs it into tracker/node_modules on first use.
# Fails when a variant exceeds the budget of 2560 bytes gzipped (gzip -9, as served).
set -euo pipefail
cd "$(dirname "$0")"
BUDGET=2560
[ -x node_modules/.bin/terser ] || npm install --no-save --no-audit --no-fund --silent terser@5.51.2
mkdir -p dist
over=0
build() { # name HASH COOKIELESS
  node_modules/.bin/terser script.js --ecma 2020 --define "HASH=$2,COOKIELESS=$3" \
    --compress passes=3,unsafe=true,unsafe_arrows=true,unsafe_methods=true,pure_getters=true \
    --mangle -o "dist/$1"
  local gz
  gz=$(gzip -9c "dist/$1" | wc -c)
  printf '%s: %s bytes, %s gzipped (budget %s)\n' "$1" "$(wc -c < "dist/$1")" "$gz" "$BUDGET"
  if [ "$gz" -gt "$BUDGET" ]; then
    echo "error: dist/$1 is $gz bytes gzipped, over the $BUDGET-byte budget" >&2
    over=1
  fi
}
build script.js false false
build script.hash.js true false
build script.cookieless.js false true
exit "$over"
