#!/usr/bin/env bash
# Installs the Debian packages threadtutor needs, only those missing, so `make run` and `make test`
# work on a fresh machine with just the Swift toolchain. Uses sudo when not root.
set -euo pipefail

packages=(pkg-config libncurses-dev libcmark-gfm-dev libcmark-gfm-extensions-dev tmux)
# The lesson example runner and the bench anchors need python3; accept any python3 on PATH.
command -v python3 >/dev/null 2>&1 || packages+=(python3)
[ "${THREADTUTOR_BENCH_DEPS:-0}" = 1 ] && packages+=(vim python3-rich)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "installing missing system packages: ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
# A fresh machine's package lists are empty: update once before installing.
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
