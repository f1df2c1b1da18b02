#!/usr/bin/env bash
# Builds the three served variants of the tracker from script.js into dist/ (committed, so the
# Rust build needs no Node.js). Run after editing script.js:  bash tracker/build.sh
# Needs terser from the npm registry; installs it into tracker/node_modules on first use.
set -euo pipefail
cd "$(dirname "$0")"
[ -x node_modules/.bin/terser ] || npm install --no-save --silent terser@5.51.2
mkdir -p dist
build() { # name hash cookieless
  sed "s/^})(window, document, false, false);$/})(window, document, $2, $3);/" script.js \
    | node_modules/.bin/terser --compress passes=2 --mangle --ecma 2017 -o "dist/$1"
  printf '%s: %s bytes, %s gzipped\n' "$1" "$(wc -c < "dist/$1")" "$(gzip -9c "dist/$1" | wc -c)"
}
build script.js false false
build script.hash.js true false
build script.cookieless.js false true
