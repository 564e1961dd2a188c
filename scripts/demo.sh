#!/usr/bin/env bash
# The README's demo command: builds the standalone demo (simulated workbook +
# task pane) and serves it on http://127.0.0.1:8080/ until Ctrl+C.
#   bash scripts/demo.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-deps.sh
echo "Building the demo…"
npm run --silent build:demo -- --stats minimal
echo "Open the URL below in a browser. Stop with Ctrl+C."
exec node scripts/serve-static.mjs dist-demo --port "${DEMO_PORT:-8080}"
