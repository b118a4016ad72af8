#!/bin/sh
# Drops from a pruned node_modules what the running bot never loads: the native build's
# intermediates (better-sqlite3 keeps only its compiled .node), type declarations, source maps
# and docs. Run by the Dockerfile's build stage, and by test/build.test.ts on the same layout.
set -eu
cd "${1:-.}"
sqlite=node_modules/better-sqlite3
if [ -f "$sqlite/build/Release/better_sqlite3.node" ]; then
  mv "$sqlite/build/Release/better_sqlite3.node" "$sqlite/better_sqlite3.node.keep"
  rm -rf "$sqlite/build" "$sqlite/deps" "$sqlite/src"
  mkdir -p "$sqlite/build/Release"
  mv "$sqlite/better_sqlite3.node.keep" "$sqlite/build/Release/better_sqlite3.node"
fi
find node_modules -type f \( -name '*.d.ts' -o -name '*.d.mts' -o -name '*.d.cts' -o -name '*.map' -o -name '*.md' -o -name '*.markdown' \) -delete
