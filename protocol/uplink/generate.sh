#!/usr/bin/env bash
# Regenerates the protobufjs static code from vakt.proto (`npm run proto`). The output is checked
# in; a test fails when it is stale. Deterministic: same .proto, same bytes.
set -euo pipefail
cd "$(dirname "$0")"
out=${1:-generated}
mkdir -p "$out"
npx pbjs -t static-module -w esm --force-number --no-verify --no-delimited -o "$out/vakt.js" vakt.proto
# 64-bit fields are millisecond times and counters (< 2^53): decode them as plain numbers, not Long
# objects, so they compare, print and serialise as numbers everywhere.
sed -i 's|^import \$protobuf from "protobufjs/minimal.js";$|import $protobuf from "protobufjs/minimal.js";\n$protobuf.util.Long = undefined;\n$protobuf.configure();|' "$out/vakt.js"
npx pbts -o "$out/vakt.d.ts" "$out/vakt.js"
