#!/bin/sh
# Compiles the engine and the bench to plain ESM JavaScript in bench/.build, so a CPU profile
# (node --cpu-prof) shows real line numbers (tsx runs each module as one transformed line).
set -e
cd "$(dirname "$0")/../.."
rm -rf bench/.build
npx tsc -p bench/profile/tsconfig.json
printf '{"type":"module"}\n' > bench/.build/package.json
ln -s ../../packages/engine/node_modules bench/.build/node_modules
ln -s ../../scenarios bench/.build/scenarios
# The steady-state profiler also as one bundle (engine included), as the engine ships: in separate
# modules imported constants are module bindings, and V8 inlines less (e.g. not the exact exp).
node_modules/.bin/esbuild bench/profile/steadyProfile.ts --bundle --platform=node --format=esm \
  --outfile=bench/.build/bundle/steadyProfile.mjs --log-level=warning
