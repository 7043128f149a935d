#!/usr/bin/env bash
# One command from a fresh Debian machine to a built (and, on a desktop, running) Unhunch:
# installs the browsers and libfaketime the tests need when they are missing, the npm packages
# from the lockfile, then builds dist/chrome and dist/firefox.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
[ -x "${UNHUNCH_CHROMIUM:-/usr/lib/chromium/chromium}" ] || need+=(chromium)
[ -x "${UNHUNCH_FIREFOX:-/usr/bin/firefox-esr}" ] || need+=(firefox-esr)
[ -e "${UNHUNCH_FAKETIME_LIB:-/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1}" ] || need+=(faketime)
# Screenshots need real fonts, including CJK for the Japanese and Chinese pages.
# (grep reads all of fc-list's output: with -q it would stop early, and under pipefail the
# SIGPIPE that fc-list then gets would read as "missing".)
fc-list 2>/dev/null | grep -i dejavu >/dev/null || need+=(fonts-dejavu-core)
fc-list 2>/dev/null | grep -i "noto sans cjk" >/dev/null || need+=(fonts-noto-cjk)

if [ ${#need[@]} -gt 0 ]; then
  echo "setup: installing from Debian: ${need[*]}"
  if [ "$(id -u)" -eq 0 ]; then sudo=""; elif command -v sudo >/dev/null; then sudo="sudo"; else
    echo "setup: need root or sudo to run: apt-get install -y ${need[*]}" >&2; exit 1
  fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}"
fi

if ! command -v node >/dev/null || [ "$(node -p 'process.versions.node.split(".")[0]')" -lt 20 ]; then
  echo "setup: Node.js 20 or newer is required (Debian: apt-get install nodejs npm, or use nvm)" >&2
  exit 1
fi

npm ci --no-audit --no-fund
npm run build

if [ -z "${CI:-}" ] && [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -t 1 ]; then
  npm start
else
  echo "setup: done. Built dist/chrome and dist/firefox."
  echo "       On a desktop, 'npm start' opens Chromium with Unhunch loaded ('npm start -- --firefox' for Firefox)."
fi
