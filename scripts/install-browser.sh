#!/usr/bin/env bash
# Debian's Chromium for the browser tests (tests/bot/web). Playwright drives it through
# executable_path=/usr/bin/chromium: no browser is ever downloaded by Playwright.
# Idempotent: does nothing when Chromium is already there.
set -euo pipefail

CHROMIUM="${CHECKPOST_CHROMIUM:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-browser: $CHROMIUM is missing and apt-get is not available (not Debian?)." >&2
  echo "install-browser: install Chromium yourself and set CHECKPOST_CHROMIUM to its path." >&2
  exit 1
fi
SUDO=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO=(sudo -n)
  else
    echo "install-browser: $CHROMIUM is missing; run as root: apt-get install chromium" >&2
    exit 1
  fi
fi
echo "install-browser: installing Debian's chromium (apt-get)…"
"${SUDO[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq chromium >/dev/null
if [ ! -x "$CHROMIUM" ]; then
  echo "install-browser: apt-get installed chromium, but $CHROMIUM is still missing." >&2
  exit 1
fi
"$CHROMIUM" --version 2>/dev/null || true
