#!/bin/sh
# Install the kiosk on a Linux counter PC (run as root from the unpacked kiosk/ folder).
#
#   sudo ./install-linux.sh [--gateway-url URL] [--unit UNIT_ID] [--ca-bundle FILE.pem]
#                           [--counter NAME] [--prefix /opt/kiosk]
#
# Copies the bundle to PREFIX, links /usr/local/bin/kiosk, installs the desktop entry, and
# writes the system-wide configuration /etc/xdg/kiosk/config.toml when given parameters (the
# old file is kept as config.toml.bak) or when none exists yet. See docs/deploy.md.
# DESTDIR (environment) puts every system path under another root, for packagers and tests.
set -eu

PREFIX=/opt/kiosk
GATEWAY_URL=""
UNIT=""
CA_BUNDLE=""
COUNTER=""
GIVEN=0
DESTDIR=${DESTDIR:-}

while [ $# -gt 0 ]; do
  case "$1" in
    --gateway-url) GATEWAY_URL="$2"; GIVEN=1; shift 2 ;;
    --unit) UNIT="$2"; GIVEN=1; shift 2 ;;
    --ca-bundle) CA_BUNDLE="$2"; GIVEN=1; shift 2 ;;
    --counter) COUNTER="$2"; GIVEN=1; shift 2 ;;
    --prefix) PREFIX="$2"; shift 2 ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "install-linux.sh: unknown option $1" >&2; exit 2 ;;
  esac
done

CONFIG_DIR="$DESTDIR/etc/xdg/kiosk"
TARGET="$DESTDIR$PREFIX"
[ -n "$DESTDIR" ] || [ "$(id -u)" -eq 0 ] || { echo "install-linux.sh: run as root (sudo)" >&2; exit 1; }
HERE=$(cd "$(dirname "$0")" && pwd)
[ -x "$HERE/kiosk" ] || { echo "install-linux.sh: run it from the unpacked kiosk/ folder" >&2; exit 1; }

# Values go into TOML basic strings: control characters cannot, the rest is escaped.
for value in "$GATEWAY_URL" "$UNIT" "$CA_BUNDLE" "$COUNTER"; do
  if [ "$(printf '%s' "$value" | tr -d '[:cntrl:]')" != "$value" ]; then
    echo "install-linux.sh: a value contains a control character" >&2; exit 2
  fi
done
toml_string() {
  printf '"%s"' "$(printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/"/\\"/g')"
}

if [ "$HERE" != "$TARGET" ]; then
  # Beside the old copy first, then swapped: an interrupted upgrade leaves a working kiosk.
  rm -rf "$TARGET.new"
  mkdir -p "$(dirname "$TARGET")"
  cp -a "$HERE" "$TARGET.new"
  rm -rf "$TARGET"
  mv "$TARGET.new" "$TARGET"
fi
mkdir -p "$DESTDIR/usr/local/bin" "$DESTDIR/usr/share/applications"
ln -sf "$PREFIX/kiosk" "$DESTDIR/usr/local/bin/kiosk"
sed "s#/opt/kiosk#$PREFIX#g" "$TARGET/kiosk.desktop" > "$DESTDIR/usr/share/applications/kiosk.desktop"

mkdir -p "$CONFIG_DIR"
if [ -n "$CA_BUNDLE" ]; then
  [ -f "$CA_BUNDLE" ] || { echo "install-linux.sh: no file $CA_BUNDLE" >&2; exit 2; }
  # A copy the kiosk owns: the source may be on a USB stick or a share that goes away.
  install -m 0644 "$CA_BUNDLE" "$CONFIG_DIR/ca-bundle.pem"
  CA_BUNDLE="/etc/xdg/kiosk/ca-bundle.pem"
fi
if [ "$GIVEN" -eq 1 ] || [ ! -f "$CONFIG_DIR/config.toml" ]; then
  [ -f "$CONFIG_DIR/config.toml" ] && cp -p "$CONFIG_DIR/config.toml" "$CONFIG_DIR/config.toml.bak"
  # printf, not echo: dash's echo would undo the backslash escapes.
  {
    echo "# Written by install-linux.sh; keys: docs/deploy.md. Empty url = training mode."
    echo "[gateway]"
    printf '%s = %s\n' url "$(toml_string "$GATEWAY_URL")"
    printf '%s = %s\n' ca_bundle "$(toml_string "$CA_BUNDLE")"
    echo ""
    echo "[counter]"
    printf '%s = %s\n' unit_id "$(toml_string "$UNIT")"
    printf '%s = %s\n' name "$(toml_string "$COUNTER")"
  } > "$CONFIG_DIR/config.toml.tmp"
  chmod 0644 "$CONFIG_DIR/config.toml.tmp"
  mv "$CONFIG_DIR/config.toml.tmp" "$CONFIG_DIR/config.toml"
fi
echo "Installed in $TARGET; configuration $CONFIG_DIR/config.toml."
echo "Check this PC as the officer's user: kiosk doctor"
