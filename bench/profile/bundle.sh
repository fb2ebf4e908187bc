#!/usr/bin/env bash
# Bundles bench/profile/steadyProfile.ts (engine included) into bench/.build/profile/steadyProfile.mjs: one
# plain ES module with its own lines, so CPU and allocation profiles name functions and lines.
set -euo pipefail
cd "$(dirname "$0")/../.."
mkdir -p bench/.build
ln -sfn ../../scenarios bench/.build/scenarios 2>/dev/null || true
node_modules/.bin/esbuild bench/profile/steadyProfile.ts --bundle --platform=node --format=esm \
  --outfile=bench/.build/profile/steadyProfile.mjs --log-level=warning
echo "bench/.build/profile/steadyProfile.mjs"
