#!/usr/bin/env bash
# CI check of the Linux packaging, from a fresh checkout, as root on Debian/Ubuntu:
#   1. installs the tools it needs (apt-get) and PyInstaller into its own venv (build/pkgvenv);
#   2. builds the bundle and the .deb (packaging/build.py deb);
#   3. installs the .deb with apt-get (which also installs its Depends);
#   4. validates the installed .desktop file and AppStream metainfo, and the MIME type;
#   5. runs the installed launcher's headless `export` and checks the PNG;
#   6. starts the app under Xvfb + openbox the way a desktop does, from the .desktop file's
#      Exec line with a timeline file for %f, and waits for a window with that file's title;
#   7. removes the package again (also when a step fails).
# Takes about 1.5 minutes on 2 cores (most of it: PyInstaller and xz-compressing the .deb),
# plus the apt and pip downloads on a fresh machine.
# Environment: PKG_VENV (default build/pkgvenv), DEB_COMPRESSION (xz; zstd is faster).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
export DEBIAN_FRONTEND=noninteractive
START=$(date +%s)
step() { echo "ci-package: [$(( $(date +%s) - START ))s] $*"; }
die() { echo "ci-package: FAILED: $*" >&2; exit 1; }

[ "$(id -u)" = 0 ] || die "run as root (it installs packages)"

# --- 1. tools ---------------------------------------------------------------------------------
# binutils: strip (smaller bundle); libfile-mimeinfo-perl: lets xdg-mime read the MIME
# database outside a desktop session.
packages=(binutils desktop-file-utils appstream shared-mime-info xdg-utils libfile-mimeinfo-perl
          xvfb xauth openbox xdotool)
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
APT_UPDATED=
apt_update() { [ -n "$APT_UPDATED" ] || { apt-get update -qq; APT_UPDATED=1; }; }
if [ ${#missing[@]} -gt 0 ]; then
  step "installing ${missing[*]}"
  apt_update
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
python3 -m venv --help >/dev/null 2>&1 || { apt_update; apt-get install -y -qq python3-venv >/dev/null; }

PKG_VENV=${PKG_VENV:-$ROOT/build/pkgvenv}
if [ ! -x "$PKG_VENV/bin/python" ]; then
  step "creating the build venv $PKG_VENV"
  python3 -m venv "$PKG_VENV"
fi
step "installing PyInstaller and the app's dependencies into the build venv"
"$PKG_VENV/bin/python" -m pip install --quiet --disable-pip-version-check \
  -r packaging/requirements-build.txt "$ROOT"

# --- 2. build -----------------------------------------------------------------------------------
step "building the bundle and the .deb"
"$PKG_VENV/bin/python" packaging/build.py deb
VERSION=$("$PKG_VENV/bin/python" -c 'import re,sys; print(re.search(r"__version__\s*=\s*\"([^\"]+)\"", open("timeline_app/__init__.py").read()).group(1))')
DEB=$ROOT/dist/timeline-app_${VERSION}_$(dpkg --print-architecture).deb
[ -f "$DEB" ] || die "no $DEB"
echo "ci-package: bundle $(du -sh dist/timeline-app | cut -f1), .deb $(du -h "$DEB" | cut -f1)"
# The German and French translations, the app's and Qt's own, are inside the bundle.
for qm in timeline_app/resources/translations/timeline_app_de.qm \
          timeline_app/resources/translations/timeline_app_fr.qm \
          PySide6/Qt/translations/qtbase_de.qm PySide6/Qt/translations/qtbase_fr.qm; do
  [ -s "dist/timeline-app/_internal/$qm" ] || die "the bundle has no $qm"
done

# --- 3. install -------------------------------------------------------------------------------
WORK=$(mktemp -d /tmp/ci-package.XXXXXX)
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  if dpkg -s timeline-app >/dev/null 2>&1; then
    echo "ci-package: removing the package"
    apt-get purge -y -qq timeline-app >/dev/null 2>&1 || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT
if dpkg -s timeline-app >/dev/null 2>&1; then apt-get purge -y -qq timeline-app >/dev/null; fi
step "installing $DEB"
if ! apt-get install -y -qq "$DEB" >"$WORK/apt.log" 2>&1; then
  apt_update  # its Depends may need fresh package lists
  apt-get install -y -qq "$DEB" >"$WORK/apt.log" 2>&1 || { cat "$WORK/apt.log"; die "apt-get install"; }
fi
[ "$(command -v timeline-app)" = /usr/bin/timeline-app ] || die "no /usr/bin/timeline-app"
[ "$(timeline-app --version)" = "timeline-app $VERSION" ] || die "timeline-app --version: $(timeline-app --version)"

# --- 4. desktop integration -------------------------------------------------------------------
step "validating the installed desktop entry, metainfo and MIME type"
DESKTOP=/usr/share/applications/timeline-app.desktop
desktop-file-validate "$DESKTOP"
appstreamcli validate --no-net /usr/share/metainfo/io.github.timeline_app.metainfo.xml
for size in 16x16 24x24 32x32 48x48 64x64 128x128 256x256 scalable; do
  ls /usr/share/icons/hicolor/$size/apps/timeline-app.* >/dev/null || die "no $size icon"
done
TITLE="CI package check $$"
FILE="$WORK/ci check.timeline.json"   # a space, as file names from a desktop have
"$PKG_VENV/bin/python" - "$ROOT/resources/timeline-2017.json" "$FILE" "$TITLE" <<'EOF'
import json, sys
data = json.load(open(sys.argv[1], encoding="utf-8"))
data["title"] = sys.argv[3]
json.dump(data, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False, indent=2)
EOF
cp "$FILE" "$WORK/copy.tljson"
for f in "$FILE" "$WORK/copy.tljson"; do
  type=$(xdg-mime query filetype "$f")
  [ "$type" = application/x-timeline-app+json ] || die "xdg-mime says $type for $f"
done
# Files of other timeline tools get their own types, and the app is offered for them.
printf '<?xml version="1.0" encoding="utf-8"?>\n<timeline>\n  <version>2.4.0</version>\n</timeline>\n' \
  > "$WORK/other.timeline"
printf 'title: A markwhen timeline\n\n1789-07-14: Storming of the Bastille\n' > "$WORK/other.mw"
for pair in "other.timeline application/x-thetimelineproject+xml" "other.mw text/x-markwhen"; do
  set -- $pair
  type=$(xdg-mime query filetype "$WORK/$1")
  [ "$type" = "$2" ] || die "xdg-mime says $type for $1"
done
default=$(xdg-mime query default application/x-timeline-app+json)
[ "$default" = timeline-app.desktop ] || die "default application: '$default'"
timeline-app validate "$FILE" >/dev/null
# The bundle carries the readers of other tools' files (calamine's compiled library, defusedxml).
"$PKG_VENV/bin/python" - "$WORK/sheet.xlsx" <<'EOF'
import sys
from timeline_app.formats.template import write_template
from timeline_app.formats.timeline_json import load_timeline
from timeline_app.resources_path import bundled_dataset
write_template(sys.argv[1], load_timeline(bundled_dataset()))
EOF
printf '<?xml version="1.0"?>\n<data>\n  <event start="1789" title="Revolution">Paris</event>\n</data>\n' \
  > "$WORK/simile.xml"
timeline-app validate "$WORK/sheet.xlsx" "$WORK/other.mw" "$WORK/simile.xml" >/dev/null \
  || die "the installed app does not read a sheet, a markwhen or a SIMILE file"

# --- 5. headless export -----------------------------------------------------------------------
step "exporting a PNG headless with the installed launcher"
env -u DISPLAY -u WAYLAND_DISPLAY timeline-app export "$FILE" -o "$WORK/out.png" \
  --width 1200 --height 700 --title "CI export" >/dev/null
"$PKG_VENV/bin/python" - "$WORK/out.png" <<'EOF'
import struct, sys, zlib
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
w, h = struct.unpack(">II", data[16:24])
assert (w, h) == (1200, 700), f"size {w}x{h}"
# Decode enough to see that something was drawn: more than a handful of distinct rows.
pos, idat = 8, b""
while pos < len(data):
    n, kind = struct.unpack(">I4s", data[pos:pos + 8])
    if kind == b"IDAT":
        idat += data[pos + 8:pos + 8 + n]
    pos += 12 + n
raw = zlib.decompress(idat)
stride = len(raw) // h
rows = {raw[i * stride + 1:(i + 1) * stride] for i in range(h)}
assert len(rows) > 50, f"only {len(rows)} distinct rows: an empty picture?"
print(f"ci-package: export OK: {w}x{h}, {len(data):,} bytes, {len(rows)} distinct rows")
EOF

# --- 6. the app from its .desktop Exec line ---------------------------------------------------
step "starting the app from the .desktop Exec line under Xvfb + openbox"
exec_line=$(sed -n '/^\[Desktop Entry\]/,/^\[/{s/^Exec=//p}' "$DESKTOP" | head -n1)
[ -n "$exec_line" ] || die "no Exec= in $DESKTOP"
read -r -a exec_words <<<"$exec_line"
argv=()
for word in "${exec_words[@]}"; do
  case "$word" in
    %f|%F|%u|%U) argv+=("$FILE") ;;
    %i|%c|%k|%d|%D|%n|%N|%v|%m) ;;   # field codes without a file: dropped
    *) argv+=("$word") ;;
  esac
done
echo "ci-package: Exec=$exec_line -> ${argv[*]}"
exec 3>"$WORK/display"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 100); do [ -s "$WORK/display" ] && break; sleep 0.1; done
exec 3>&-
export DISPLAY=":$(head -n1 "$WORK/display")"
unset WAYLAND_DISPLAY QT_QPA_PLATFORM
openbox >"$WORK/openbox.log" 2>&1 &
PIDS+=($!)
sleep 1
TIMELINE_APP_INSTANCE="ci-package-$$" XDG_CONFIG_HOME="$WORK/config" XDG_STATE_HOME="$WORK/state" \
  "${argv[@]}" >"$WORK/app.log" 2>&1 &
APP_PID=$!
PIDS+=($APP_PID)
t0=$(date +%s%N)
window=
for _ in $(seq 300); do
  window=$(xdotool search --onlyvisible --name "$TITLE" 2>/dev/null | head -n1 || true)
  [ -n "$window" ] && break
  kill -0 "$APP_PID" 2>/dev/null || { cat "$WORK/app.log"; die "the app exited"; }
  sleep 0.1
done
[ -n "$window" ] || { cat "$WORK/app.log"; die "no window titled '$TITLE' within 30 s"; }
echo "ci-package: window '$(xdotool getwindowname "$window")' after" \
  "$(( ($(date +%s%N) - t0) / 1000000 )) ms"
kill "$APP_PID"
wait "$APP_PID" 2>/dev/null || true

# --- 7. remove --------------------------------------------------------------------------------
step "removing the package"
apt-get purge -y -qq timeline-app >/dev/null
[ ! -e /opt/timeline-app ] && [ ! -e /usr/bin/timeline-app ] || die "files left after removal"
step "all packaging checks passed"
