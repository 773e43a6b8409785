#!/usr/bin/env bash
# Installs the Debian packages the tests use when they are missing: Chromium (browser test), redis-server (shared
# state tests) and fonts (diagrams render English and zh-TW labels). Needs root or sudo; otherwise says what to install.
set -euo pipefail
# grep reads all of fc-list's output (no -q): an early exit would kill fc-list with SIGPIPE and, under pipefail,
# make an installed font look missing.
has_font() { fc-list 2>/dev/null | grep -i "$1" >/dev/null; }
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
has_font 'CJK' || need+=(fonts-noto-cjk)
# resvg draws no text at all without a Latin font.
has_font 'DejaVu Sans' || need+=(fonts-dejavu-core)
command -v fc-list >/dev/null 2>&1 || need+=(fontconfig)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ]; then
  run=()
elif command -v sudo >/dev/null 2>&1; then
  run=(sudo)
else
  echo "Please install these Debian packages, then run the tests again: ${need[*]}" >&2
  exit 1
fi
echo "Installing Debian packages: ${need[*]}" >&2
"${run[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${run[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
