#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages the kiosk and its tests need, when run as root and any
# is missing. Not root: lists what is missing and the command to install it, then goes on.
set -euo pipefail

PACKAGES=(
  # Python
  python3 python3-venv python3-dev gcc
  # PyInstaller reads shared-library dependencies with objdump (make dist)
  binutils
  # Qt offscreen and under Xvfb (environment.md)
  libgl1 libegl1 libfontconfig1 libfreetype6 libxkbcommon0 libglib2.0-0 libx11-6 libdbus-1-3
  fonts-dejavu-core xvfb xauth libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-image0
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1
  libxkbcommon-x11-0 libx11-xcb1 libpulse0
  # Scanners: the SANE test driver, python-sane's build, eSCL through sane-airscan
  sane-utils libsane1 libsane-dev sane-airscan
  # Reading PDFs back in tests, screenshots
  poppler-utils qpdf imagemagick
  # Contactless chip (docs/chip.md): PC/SC daemon, the virtual reader and card emulator for the
  # tests, pyscard's build (libpcsclite-dev, swig) and the emulator's ciphers
  pcscd libpcsclite-dev swig vsmartcard-vpcd vsmartcard-vpicc python3-virtualsmartcard
  python3-pycryptodome
  # The gateway's tests on PostgreSQL start a private server from these binaries
  postgresql
)

command -v dpkg-query >/dev/null 2>&1 || { echo "system-deps: not a Debian-like system, skipped"; exit 0; }

missing=()
for p in "${PACKAGES[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == *"install ok installed"* ]] || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  echo "system-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "system-deps: missing ${missing[*]}"
  echo "system-deps: install them with: sudo apt-get install ${missing[*]}"
fi
