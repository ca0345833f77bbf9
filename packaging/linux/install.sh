#!/bin/sh
# Install, update or remove the kiosk on a Linux counter PC (as root, from the kiosk/ folder).
#
#   sudo ./install-linux.sh [--gateway-url URL] [--unit UNIT_ID] [--ca-bundle FILE.pem]
#                           [--counter NAME] [--place PLACE] [--training] [--prefix /opt/kiosk]
#   sudo ./install-linux.sh --uninstall [--purge]
#
# Copies the bundle to PREFIX, links /usr/local/bin/kiosk, installs the desktop entry, and sets
# the given keys in the system-wide configuration /etc/xdg/kiosk/config.toml: each parameter
# changes its own key only, an update without parameters keeps the file as it is (the previous
# file stays as config.toml.bak). --training sets gateway.mode = "training" (a PC for teaching
# only; an installed kiosk without a gateway is otherwise "not configured").
# --uninstall removes the program (the prefix recorded at install time); --purge also runs
# `kiosk uninstall-data` for every account and removes /etc/xdg/kiosk. See docs/deploy.md.
# DESTDIR (environment) puts every system path under another root, for packagers and tests.
set -eu

PREFIX=/opt/kiosk
PREFIX_GIVEN=0
DESTDIR=${DESTDIR:-}
UNINSTALL=0
PURGE=0
CA_BUNDLE=""
# KEY VALUE pairs for `kiosk config set`, kept as the positional parameters of a function.
SETS=""

say() { printf '%s\n' "install-linux.sh: $*" >&2; }
add_set() {
  # Each value in single quotes for `eval set --` below: any character but NUL survives.
  SETS="$SETS $1 '$(printf '%s' "$2" | sed "s/'/'\\\\''/g")'"
}

while [ $# -gt 0 ]; do
  case "$1" in
    --gateway-url|--unit|--ca-bundle|--counter|--place|--prefix)
      [ $# -ge 2 ] || { say "$1 needs a value"; exit 2; } ;;
  esac
  case "$1" in
    --gateway-url) add_set gateway.url "$2"; shift 2 ;;
    --unit) add_set counter.unit_id "$2"; shift 2 ;;
    --ca-bundle) CA_BUNDLE="$2"; shift 2 ;;
    --counter) add_set counter.name "$2"; shift 2 ;;
    --place) add_set counter.place "$2"; shift 2 ;;
    --training) add_set gateway.mode training; shift ;;
    --prefix) PREFIX="$2"; PREFIX_GIVEN=1; shift 2 ;;
    --uninstall) UNINSTALL=1; shift ;;
    --purge) PURGE=1; shift ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) say "unknown option $1"; exit 2 ;;
  esac
done

[ -n "$DESTDIR" ] || [ "$(id -u)" -eq 0 ] || { say "run as root (sudo)"; exit 1; }
CONFIG_DIR="$DESTDIR/etc/xdg/kiosk"
RECORD="$CONFIG_DIR/install-prefix"
MARKER=.kiosk-bundle  # written into every installed copy: "this folder is a kiosk"

# The prefix of the last install, when none is given: uninstall and updates find it.
if [ "$PREFIX_GIVEN" -eq 0 ] && [ -f "$RECORD" ]; then
  PREFIX=$(cat "$RECORD")
fi
# One spelling of the prefix: /opt/kiosk/ and /opt//kiosk are /opt/kiosk.
PREFIX=$(printf '%s' "$PREFIX" | sed -e 's#//*#/#g' -e 's#\(.\)/$#\1#')
case "$PREFIX" in
  /*) ;;
  *) say "--prefix must be an absolute path"; exit 2 ;;
esac
case "$PREFIX" in
  /|/bin|/boot|/dev|/etc|/home|/lib|/lib64|/media|/mnt|/opt|/proc|/root|/run|/sbin|/srv|/sys|\
  /tmp|/usr|/usr/bin|/usr/sbin|/usr/lib|/usr/lib64|/usr/local|/usr/local/*bin|/usr/local/lib|\
  /usr/share|/var|/var/lib|*/..|*/../*|*/.|*/./*)
    say "refusing --prefix $PREFIX: give a folder of its own, e.g. /opt/kiosk"; exit 2 ;;
esac
TARGET="$DESTDIR$PREFIX"

is_kiosk_folder() {
  # A kiosk installed by this script (marker) or an older copy (executable + _internal).
  [ -f "$1/$MARKER" ] || { [ -x "$1/kiosk" ] && [ -d "$1/_internal" ]; }
}
refuse_foreign() {
  if [ -e "$1" ] && ! is_kiosk_folder "$1"; then
    if [ -d "$1" ] && [ -z "$(ls -A "$1")" ]; then
      return 0  # an empty folder made for the kiosk
    fi
    say "refusing to replace $1: it is not a kiosk folder (no $MARKER, no kiosk + _internal)"
    exit 2
  fi
}

if [ "$UNINSTALL" -eq 1 ]; then
  refuse_foreign "$TARGET"
  if [ "$PURGE" -eq 1 ] && [ -x "$TARGET/kiosk" ]; then
    # Each account's keyring entries, cases, logs and tokens: only that account can reach its
    # keyring, so the command runs as every user who has a kiosk data folder.
    for home in "$DESTDIR"/home/* "$DESTDIR"/root; do
      [ -d "$home/.local/share/kiosk" ] || [ -d "$home/.local/state/kiosk" ] || continue
      user=$(stat -c %U "$home")
      say "removing the kiosk data of $user"
      if [ -n "$DESTDIR" ] || [ "$user" = "$(id -un)" ]; then
        env -u KIOSK_HOME -u XDG_DATA_HOME -u XDG_STATE_HOME -u XDG_CONFIG_HOME -u XDG_CACHE_HOME \
          HOME="$home" "$TARGET/kiosk" uninstall-data --yes \
          || say "some data of $user stays (listed above)"
      else
        su -s /bin/sh "$user" -c "'$TARGET/kiosk' uninstall-data --yes" \
          || say "some data of $user stays (listed above)"
      fi
    done
  fi
  rm -rf "$TARGET" "$TARGET.new" "$TARGET.old"
  rm -f "$DESTDIR/usr/local/bin/kiosk" "$DESTDIR/usr/share/applications/kiosk.desktop"
  rm -f "$RECORD"
  if [ "$PURGE" -eq 1 ]; then
    rm -rf "$CONFIG_DIR"
    say "removed $PREFIX and $CONFIG_DIR"
  else
    say "removed $PREFIX; the configuration $CONFIG_DIR stays (--purge removes it)"
  fi
  exit 0
fi

HERE=$(cd "$(dirname "$0")" && pwd -P)
[ -x "$HERE/kiosk" ] || { say "run it from the unpacked kiosk/ folder"; exit 1; }
refuse_foreign "$TARGET"

# The configuration first, on a copy, with the new kiosk's own validation: a wrong parameter
# stops the script before anything installed has been touched.
mkdir -p "$CONFIG_DIR"
if [ -n "$CA_BUNDLE" ]; then
  [ -f "$CA_BUNDLE" ] || { say "no file $CA_BUNDLE"; exit 2; }
  add_set gateway.ca_bundle /etc/xdg/kiosk/ca-bundle.pem
fi
NEW_CONFIG=""
if [ -n "$SETS" ] || [ ! -f "$CONFIG_DIR/config.toml" ]; then
  NEW_CONFIG="$CONFIG_DIR/config.toml.new"
  rm -f "$NEW_CONFIG"
  [ -f "$CONFIG_DIR/config.toml" ] && cp -p "$CONFIG_DIR/config.toml" "$NEW_CONFIG"
  # No parameters on a first install: an empty file, the kiosk then says it is not configured.
  [ -n "$SETS" ] || add_set gateway.url ""
  eval "set -- $SETS"
  "$HERE/kiosk" config set --file "$NEW_CONFIG" "$@" || { rm -f "$NEW_CONFIG"; exit 2; }
fi

# Recover from an update interrupted between its two renames below.
if [ ! -e "$TARGET" ] && [ -d "$TARGET.old" ] && is_kiosk_folder "$TARGET.old"; then
  mv "$TARGET.old" "$TARGET"
fi
if [ "$HERE" != "$(cd "$TARGET" 2>/dev/null && pwd -P)" ]; then
  # Beside the old copy first, then swapped: an interrupted update leaves a working kiosk.
  rm -rf "$TARGET.new" "$TARGET.old"
  mkdir -p "$(dirname "$TARGET")"
  cp -R -P "$HERE" "$TARGET.new"
  chmod -R u+rwX,go+rX,go-w "$TARGET.new"
  touch "$TARGET.new/$MARKER"
  if [ -e "$TARGET" ]; then
    mv "$TARGET" "$TARGET.old"
  fi
  mv "$TARGET.new" "$TARGET"
  rm -rf "$TARGET.old"
else
  touch "$TARGET/$MARKER"
fi
mkdir -p "$DESTDIR/usr/local/bin" "$DESTDIR/usr/share/applications"
ln -sf "$PREFIX/kiosk" "$DESTDIR/usr/local/bin/kiosk"
sed "s#/opt/kiosk#$PREFIX#g" "$TARGET/kiosk.desktop" > "$DESTDIR/usr/share/applications/kiosk.desktop"

if [ -n "$CA_BUNDLE" ]; then
  # A copy the kiosk owns: the source may be on a USB stick or a share that goes away.
  install -m 0644 "$CA_BUNDLE" "$CONFIG_DIR/ca-bundle.pem"
fi
if [ -n "$NEW_CONFIG" ]; then
  [ -f "$CONFIG_DIR/config.toml" ] && cp -p "$CONFIG_DIR/config.toml" "$CONFIG_DIR/config.toml.bak"
  chmod 0644 "$NEW_CONFIG"
  mv "$NEW_CONFIG" "$CONFIG_DIR/config.toml"
fi
printf '%s\n' "$PREFIX" > "$RECORD.tmp" && mv "$RECORD.tmp" "$RECORD"
echo "Installed in $TARGET; configuration $CONFIG_DIR/config.toml."
echo "Check this PC as the officer's user: kiosk doctor"
