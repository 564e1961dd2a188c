#!/usr/bin/env bash
# The README's test command: everything CI checks, on a fresh Debian/Ubuntu machine.
#   bash scripts/test.sh
set -euo pipefail
cd "$(dirname "$0")/.."

# The browser tests drive Debian's Chromium (playwright-core downloads no browser),
# and a Korean font so the demo screenshot (docs/demo.png) shows Hangul, not boxes.
packages=()
[ -x /usr/bin/chromium ] || packages+=(chromium)
if ! command -v fc-list >/dev/null 2>&1 || [ -z "$(fc-list :lang=ko 2>/dev/null)" ]; then packages+=(fonts-nanum); fi
if [ ${#packages[@]} -gt 0 ]; then
  echo "Installing ${packages[*]} for the browser tests (apt-get)…"
  sudo_if_needed=""
  if [ "$(id -u)" -ne 0 ]; then sudo_if_needed="sudo"; fi
  $sudo_if_needed apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo_if_needed apt-get install -y "${packages[@]}"
fi

source scripts/ensure-deps.sh
npm test
