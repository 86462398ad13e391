#!/usr/bin/env bash
# Smoke test of the jpackage app-image: start it under Xvfb the way the installed app starts (no
# argument: Webex's sign-in screen; nothing goes to Webex until someone signs in), wait for the window
# "Recording Rescue", take a screenshot, close the window (WM_DELETE_WINDOW, like the close button) and
# check that the app exited with status 0 and printed no exception. Exit 0 on success, non-zero with a
# message.
#
# Not part of `mvn verify`: it needs an X server (Xvfb) and takes about a minute.
#
# Usage: packaging/smoke.sh [--rebuild] [--image-only] [--measure N] [--compare-cds] [--record-classlist]
#   --rebuild      build even if target/installer/image exists (mvn -Pinstaller package, tests skipped)
#   --image-only   when building, stop after the app-image (skip the .deb)
#   --measure N    launch N times, interleaved with a bare JavaFX window (an empty TableView,
#                  packaging/smoke/BareTableWindow.java, compiled against and run on the app-image's
#                  own runtime), and print the median time from launch to the window being mapped,
#                  the CPU time each process had used by then, and the launch ratio app / bare
#   --compare-cds  measure (N runs each, default 5) the bare window, the app as built and the app
#                  started through bin/java instead of its launcher (on Linux the build's launcher is
#                  a script that does the same: the two rows differ by its cost); when the build made the
#                  runtime's CDS archive (-Dinstaller.cds.skip=false) also both without it
#                  (-Xshare:off) and the app with an AppCDS archive of its classes
#                  (-XX:ArchiveClassesAtExit, then -XX:SharedArchiveFile); prints the launch ratio
#   --record-classlist  also write the classes loaded up to the first frame (-XX:DumpLoadedClassList)
#                  to packaging/cds/classlist.txt, from which the build makes the runtime's CDS archive
# Environment:
#   APP_IMAGE   app-image folder to test (default: target/installer/image/Recording Rescue)
#   SHOT        screenshot file (default: assets/screenshots/app-image.png)
#   TITLE       window title to wait for (default: Recording Rescue)
#   WAIT_SECS   how long to wait for the window (default: 60)
#   JAVAC       compiler for the bare window (default: javac on PATH; needs JDK 17+)
#   OTHER_IMAGE with --measure: also start the app of this other app-image (e.g. one built from an
#               earlier commit) in the same interleaved rounds, for a before/after under equal load
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
APP_IMAGE="${APP_IMAGE:-$ROOT/target/installer/image/Recording Rescue}"
SHOT="${SHOT:-$ROOT/assets/screenshots/app-image.png}"
TITLE="${TITLE:-Recording Rescue}"
WAIT_SECS="${WAIT_SECS:-60}"
REBUILD=0 IMAGE_ONLY=0 MEASURE=0 COMPARE=0 RECORD=0

while [ $# -gt 0 ]; do
  case "$1" in
    --rebuild) REBUILD=1 ;;
    --image-only) IMAGE_ONLY=1 ;;
    --measure) MEASURE="${2:?--measure needs a number}"; shift ;;
    --compare-cds) COMPARE=1 ;;
    --record-classlist) RECORD=1 ;;
    -h | --help) sed -n '2,32p' "$0"; exit 0 ;;
    *) echo "smoke: unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
  shift
done
if [ "$COMPARE" = 1 ] && [ "$MEASURE" = 0 ]; then MEASURE=5; fi

fail() { echo "smoke: FAIL: $*" >&2; exit 1; }
log() { echo "smoke: $*" >&2; }

# --- tools -------------------------------------------------------------------------------------
# /usr/local/bin/convert can be a stand-in on these machines: use ImageMagick's binaries by path.
IMPORT=/usr/bin/import
CONVERT=/usr/bin/convert
need_packages=()
command -v Xvfb >/dev/null || need_packages+=(xvfb)
command -v xauth >/dev/null || need_packages+=(xauth)
command -v xwininfo >/dev/null || need_packages+=(x11-utils)
[ -x "$IMPORT" ] && [ -x "$CONVERT" ] || need_packages+=(imagemagick)
LDCONFIG="$(command -v ldconfig || echo /sbin/ldconfig)"
for lib in libgtk-3.so.0 libGL.so.1 libXtst.so.6 libasound.so.2; do
  if ! "$LDCONFIG" -p | grep -q "$lib"; then
    case "$lib" in
      libgtk-3*) need_packages+=(libgtk-3-0) ;;
      libGL*) need_packages+=(libgl1) ;;
      libXtst*) need_packages+=(libxtst6) ;;
      libasound*) need_packages+=(libasound2) ;;
    esac
  fi
done
if [ ${#need_packages[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    log "installing ${need_packages[*]}"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need_packages[@]}" >/dev/null
  else
    fail "missing packages: ${need_packages[*]} (as root: apt-get install -y --no-install-recommends ${need_packages[*]})"
  fi
fi

# --- app-image ---------------------------------------------------------------------------------
if [ "$REBUILD" = 1 ] || [ ! -x "$APP_IMAGE/bin/Recording Rescue" ]; then
  [ "$APP_IMAGE" = "$ROOT/target/installer/image/Recording Rescue" ] \
    || fail "no launcher in APP_IMAGE=$APP_IMAGE and it is not the one the build makes"
  log "building the installer (mvn -B -Pinstaller package -DskipTests)"
  extra=()
  [ "$IMAGE_ONLY" = 1 ] && extra+=(-Dinstaller.package.skip=true)
  (cd "$ROOT" && mvn -B -q -Pinstaller package -DskipTests "${extra[@]}") || fail "the installer build failed"
fi
LAUNCHER="$APP_IMAGE/bin/Recording Rescue"
[ -x "$LAUNCHER" ] || fail "no launcher at $LAUNCHER"

# The licences travel with the app: THIRD-PARTY.txt names every bundled jar (JavaFX's lines are the
# runtime's modules), and the runtime holds the GPLv2 + Classpath Exception text JavaFX refers to.
LEGAL="$APP_IMAGE/lib/app/legal"
[ -s "$LEGAL/THIRD-PARTY.txt" ] && [ -s "$LEGAL/README.txt" ] || fail "no licences in $LEGAL"
[ -s "$APP_IMAGE/lib/runtime/legal/java.base/LICENSE" ] || fail "the runtime has no legal/java.base/LICENSE"
jars=$(find "$APP_IMAGE/lib/app" -maxdepth 1 -name '*.jar' ! -name 'recording-rescue.jar' | wc -l)
listed=$(grep -E '^ +\(' "$LEGAL/THIRD-PARTY.txt" | grep -vc '(org\.openjfx:')
[ "$jars" = "$listed" ] || fail "THIRD-PARTY.txt lists $listed libraries besides JavaFX; lib/app holds $jars jars"
for jar in "$APP_IMAGE"/lib/app/*.jar; do
  name=$(basename "$jar" .jar)
  carried=$(python3 -c 'import sys, zipfile; print(sum(n.startswith(("META-INF/LICENSE", "META-INF/NOTICE")) for n in zipfile.ZipFile(sys.argv[1]).namelist()))' "$jar")
  if [ "$carried" -gt 0 ] && [ -z "$(ls "$LEGAL/$name-jar/META-INF" 2>/dev/null)" ]; then
    fail "$name.jar carries licence files that $LEGAL/$name-jar does not hold"
  fi
done
log "licences: THIRD-PARTY.txt lists the $jars bundled jars and JavaFX; $(find "$LEGAL" -mindepth 2 -type f | wc -l) licence and notice files from the jars"

# --- X server ----------------------------------------------------------------------------------
WORK="$(mktemp -d)"
XVFB_PID=""
APP_PID=""
cleanup() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then kill -KILL "$APP_PID" 2>/dev/null || true; fi
  if [ -n "$XVFB_PID" ]; then kill "$XVFB_PID" 2>/dev/null || true; wait "$XVFB_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# -displayfd lets Xvfb pick a free display number and tell us which.
Xvfb -displayfd 5 -screen 0 1280x800x24 -nolisten tcp 5>"$WORK/display" 2>"$WORK/xvfb.log" &
XVFB_PID=$!
for _ in $(seq 100); do [ -s "$WORK/display" ] && break; sleep 0.1; done
[ -s "$WORK/display" ] || fail "Xvfb did not start: $(cat "$WORK/xvfb.log")"
export DISPLAY=":$(tr -d '[:space:]' <"$WORK/display")"
log "Xvfb on $DISPLAY"

now_ms() { date +%s%3N; }

# Prints the id of a viewable top-level window titled exactly $1, or nothing.
find_window() {
  local id
  for id in $(xwininfo -root -tree 2>/dev/null | grep -F "\"$1\"" | awk '{print $1}'); do
    if xwininfo -id "$id" 2>/dev/null | grep -q "Map State: IsViewable"; then echo "$id"; return; fi
  done
}

# Starts the app with extra JVM options ($1, via JAVA_TOOL_OPTIONS), waits for its window and sets
# WINDOW_ID, ELAPSED_MS (launch to window mapped) and CPU_MS (CPU time the process had used by then,
# all its threads; a figure that load from other processes disturbs far less than the wall clock).
# Fails if the app dies or the window never comes. With BARE=1, starts the bare window instead.
launch() {
  local jvm_opts="$1" start deadline title="$TITLE"
  local -a cmd=("$LAUNCHER")
  if [ "${BARE:-0}" = 1 ]; then
    title="$BARE_TITLE"
    cmd=("$APP_IMAGE/lib/runtime/bin/java" -Dbare.title="$BARE_TITLE" -cp "$WORK/bare" BareTableWindow)
  elif [ "${DIRECT:-0}" = 1 ]; then
    direct_command
    cmd=("${DIRECT_CMD[@]}")
  elif [ "${OTHER:-0}" = 1 ]; then
    cmd=("$OTHER_IMAGE/bin/Recording Rescue")
  fi
  : >"$WORK/app.out"
  start=$(now_ms)
  deadline=$((start + WAIT_SECS * 1000))
  if [ -n "$jvm_opts" ]; then
    JAVA_TOOL_OPTIONS="$jvm_opts" "${cmd[@]}" >"$WORK/app.out" 2>&1 &
  else
    "${cmd[@]}" >"$WORK/app.out" 2>&1 &
  fi
  APP_PID=$!
  WINDOW_ID=""
  while :; do
    WINDOW_ID="$(find_window "$title")"
    [ -n "$WINDOW_ID" ] && break
    if ! kill -0 "$APP_PID" 2>/dev/null; then
      wait "$APP_PID" && rc=0 || rc=$?
      APP_PID=""
      fail "the app exited (status $rc) before showing a window titled \"$title\"; its output:
$(cat "$WORK/app.out")"
    fi
    [ "$(now_ms)" -lt "$deadline" ] || fail "no window titled \"$title\" after ${WAIT_SECS}s; output:
$(cat "$WORK/app.out")"
    sleep 0.05
  done
  ELAPSED_MS=$(($(now_ms) - start))
  # utime + stime of the process (fields 14, 15 of /proc/PID/stat), in clock ticks.
  CPU_MS=$(awk -v hz="$(getconf CLK_TCK)" '{sub(/^.*\) /, ""); print int(($12 + $13) * 1000 / hz)}' \
    "/proc/$APP_PID/stat" 2>/dev/null || echo 0)
}

# The app as its launcher starts it, but through the runtime's own bin/java (class path, options and
# main class from the launcher's .cfg): tells what the launcher itself costs. JDK 17's jpackage
# launcher runs `rpm -qf` and `dpkg -S` on its own path, twice, before it starts the JVM; the Linux
# build replaces it with a script (packaging/linux/direct-launchers.sh).
direct_command() {
  local cfg="$APP_IMAGE/lib/app/Recording Rescue.cfg" appdir="$APP_IMAGE/lib/app" cp main
  local -a opts=()
  cp=$(grep '^app.classpath=' "$cfg" | sed "s|^app.classpath=\$APPDIR|$appdir|" | paste -sd:)
  mapfile -t opts < <(grep '^java-options=' "$cfg" | sed 's/^java-options=//')
  main=$(grep '^app.mainclass=' "$cfg" | sed 's/^app.mainclass=//')
  DIRECT_CMD=("$APP_IMAGE/lib/runtime/bin/java" "${opts[@]}" -cp "$cp" "$main")
}

# Asks the window to close the way a window manager does when the user clicks its close button: an
# X ClientMessage WM_PROTOCOLS/WM_DELETE_WINDOW (Xvfb runs no window manager, so no xdotool/wmctrl).
close_window() {
  python3 - "$1" <<'PY'
import ctypes, sys
x11 = ctypes.cdll.LoadLibrary("libX11.so.6")
x11.XOpenDisplay.restype = ctypes.c_void_p
x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
x11.XInternAtom.restype = ctypes.c_ulong
x11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
x11.XSendEvent.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_long, ctypes.c_void_p]
x11.XFlush.argtypes = [ctypes.c_void_p]
x11.XCloseDisplay.argtypes = [ctypes.c_void_p]

class ClientMessage(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
                ("display", ctypes.c_void_p), ("window", ctypes.c_ulong), ("message_type", ctypes.c_ulong),
                ("format", ctypes.c_int), ("data", ctypes.c_long * 5), ("pad", ctypes.c_long * 12)]

display = x11.XOpenDisplay(None)
if not display:
    sys.exit("cannot open the X display")
window = int(sys.argv[1], 16)
event = ClientMessage(type=33, window=window, format=32,  # 33 = ClientMessage
                      message_type=x11.XInternAtom(display, b"WM_PROTOCOLS", 0))
event.data[0] = x11.XInternAtom(display, b"WM_DELETE_WINDOW", 0)
if not x11.XSendEvent(display, window, 0, 0, ctypes.byref(event)):
    sys.exit("XSendEvent failed")
x11.XFlush(display)
x11.XCloseDisplay(display)
PY
}

# Quits the app the way a user does, by closing its window: it must exit with status 0 within 15 s and
# print no exception. If it does not end, SIGTERM (as at logout) and then SIGKILL, and the test fails.
quit_app() {
  local rc
  close_window "$WINDOW_ID" || fail "could not send WM_DELETE_WINDOW to $WINDOW_ID"
  for _ in $(seq 150); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$APP_PID" 2>/dev/null; then
    kill -TERM "$APP_PID"
    sleep 5
    kill -KILL "$APP_PID" 2>/dev/null || true
    APP_PID=""
    fail "the app did not exit within 15 s of its window being closed; output:
$(cat "$WORK/app.out")"
  fi
  wait "$APP_PID" && rc=0 || rc=$?
  APP_PID=""
  [ "$rc" = 0 ] || fail "the app exited with status $rc after its window was closed; output:
$(cat "$WORK/app.out")"
  # JavaFX's CSS engine reports a stylesheet value it cannot convert as a WARNING naming the caught
  # exception; app.css gives ControlsFX's search box the theme's colours, so none is expected and
  # the check below fails on one.
  # CDS lists classes it could not archive as "[warning][cds] Skipping ...Exception: Not linked".
  # Without a desktop keychain (Xvfb has none) the app says where it keeps the sign-in instead, naming
  # the keychain library's exception in an INFO line: expected, not an error.
  if grep -E "Exception|hs_err|Error:" "$WORK/app.out" \
    | grep -vE "\[warning\]\[cds\]" \
    | grep -vE "^INFO: Keeping the sign-in in the owner-only file .*: Could not open the OS keychain" \
      >"$WORK/errors"; then
    fail "the app logged errors:
$(cat "$WORK/errors")"
  fi
}

median() { sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else print int((a[NR/2]+a[NR/2+1])/2)}'; }

# Measures launch-to-window for each "label=JVM options" given, $MEASURE rounds, interleaved (one run of
# each per round) so that load from other processes hits every configuration alike; prints medians of
# the wall clock and of the process's CPU time. A label starting with "bare" starts the bare window,
# one starting with "app via bin/java" the app without its jpackage launcher.
# Sets MEDIAN_<index> (wall) and CPU_MEDIAN_<index> for the caller.
measure() {
  local -a labels=() opts=() times=() cpus=()
  local spec i round
  for spec in "$@"; do labels+=("${spec%%=*}"); opts+=("${spec#*=}"); times+=(""); cpus+=(""); done
  for round in $(seq "$MEASURE"); do
    for i in "${!labels[@]}"; do
      BARE=0 DIRECT=0 OTHER=0
      if [ "${labels[$i]#bare}" != "${labels[$i]}" ]; then BARE=1; fi
      if [ "${labels[$i]#app via bin/java}" != "${labels[$i]}" ]; then DIRECT=1; fi
      if [ "${labels[$i]#app of OTHER_IMAGE}" != "${labels[$i]}" ]; then OTHER=1; fi
      launch "${opts[$i]}"
      times[$i]="${times[$i]} $ELAPSED_MS"
      cpus[$i]="${cpus[$i]} $CPU_MS"
      quit_app
      BARE=0 DIRECT=0 OTHER=0
    done
    log "round $round done (load $(cut -d' ' -f1 /proc/loadavg))"
  done
  for i in "${!labels[@]}"; do
    # shellcheck disable=SC2086 # word splitting of the list is wanted
    printf -v "MEDIAN_$i" '%s' "$(printf '%s\n' ${times[$i]} | median)"
    # shellcheck disable=SC2086
    printf -v "CPU_MEDIAN_$i" '%s' "$(printf '%s\n' ${cpus[$i]} | median)"
    local wall_var="MEDIAN_$i" cpu_var="CPU_MEDIAN_$i"
    printf '%-46s median %5d ms (CPU %5d ms)   runs:%s   CPU:%s\n' "${labels[$i]}" \
      "${!wall_var}" "${!cpu_var}" "${times[$i]}" "${cpus[$i]}"
  done
}

# Prints "launch ratio app / bare window: 1.23 (CPU 1.10)" from two measure() indexes.
ratio() {
  local app_wall="MEDIAN_$1" bare_wall="MEDIAN_$2" app_cpu="CPU_MEDIAN_$1" bare_cpu="CPU_MEDIAN_$2"
  awk -v a="${!app_wall}" -v b="${!bare_wall}" -v ac="${!app_cpu}" -v bc="${!bare_cpu}" 'BEGIN {
    printf "Launch ratio, app / bare JavaFX TableView window: %.2f (wall clock; target <= 1.30)", a / b
    if (bc > 0) printf ", CPU time %.2f", ac / bc
    printf "\n" }'
}

# The yardstick: a bare JavaFX window with an empty TableView, compiled against the app-image's own
# runtime (javac --system) so it runs on exactly the modules and CDS archive the app gets.
BARE_TITLE="Bare TableView"
compile_bare() {
  local javac="${JAVAC:-javac}"
  command -v "$javac" >/dev/null || fail "no javac to compile the bare window (set JAVAC=/path/to/javac)"
  mkdir -p "$WORK/bare"
  "$javac" --system "$APP_IMAGE/lib/runtime" -d "$WORK/bare" "$ROOT/packaging/smoke/BareTableWindow.java" \
    || fail "could not compile packaging/smoke/BareTableWindow.java against $APP_IMAGE/lib/runtime"
}

# --- the smoke test ----------------------------------------------------------------------------
launch ""
log "window $WINDOW_ID \"$TITLE\" mapped ${ELAPSED_MS} ms after launch"

# The window is mapped before JavaFX has painted it: take screenshots until the window's area shows
# more than one colour (a fixed sleep once captured a black screen).
geometry=$(xwininfo -id "$WINDOW_ID" | awk '/Absolute upper-left X/{x=$NF} /Absolute upper-left Y/{y=$NF}
  /Width:/{w=$NF} /Height:/{h=$NF} END {print w "x" h "+" x "+" y}')
mkdir -p "$(dirname "$SHOT")"
painted=0
for _ in $(seq 100); do
  "$IMPORT" -window root "$WORK/shot.png"
  colours=$("$CONVERT" "$WORK/shot.png" -crop "$geometry" +repage -format %k info:)
  if [ "$colours" -gt 16 ]; then painted=1; break; fi
  sleep 0.1
done
[ "$painted" = 1 ] || fail "the window stayed blank (${colours} colours in $geometry)"
cp "$WORK/shot.png" "$SHOT"
log "screenshot $SHOT ($geometry, $colours colours)"
quit_app
log "the app exited with status 0 after its window was closed"

if [ "$RECORD" = 1 ]; then
  # The list names JDK and JavaFX classes (archived from the runtime image, so the archive does not
  # depend on where the app is installed) and app classes, which the build's dump skips.
  launch "-XX:DumpLoadedClassList=$WORK/classlist.txt"
  sleep 2
  quit_app
  mkdir -p "$ROOT/packaging/cds"
  cp "$WORK/classlist.txt" "$ROOT/packaging/cds/classlist.txt"
  log "recorded $(grep -vc '^#' "$ROOT/packaging/cds/classlist.txt") classes in packaging/cds/classlist.txt"
fi

if [ "$MEASURE" -gt 0 ]; then
  compile_bare
  echo "Time from launch to window mapped, $MEASURE runs each, interleaved (2-core machine, Xvfb," \
    "load $(cut -d' ' -f1-3 /proc/loadavg) at start):"
  if [ "$COMPARE" = 1 ]; then
    configs=("bare JavaFX TableView window (as built)=" "app as built="
      "app via bin/java, not the jpackage launcher=")
    if [ -f "$APP_IMAGE/lib/runtime/lib/server/classes.jsa" ]; then
      # Built with -Dinstaller.cds.skip=false: the runtime's CDS archive against none, and a dynamic
      # AppCDS archive on top of it (JDK 17 needs the base archive for one). Training run: the
      # archive holds the classes loaded up to the window (and the quit).
      launch "-XX:ArchiveClassesAtExit=$WORK/app.jsa"
      sleep 2
      quit_app
      [ -s "$WORK/app.jsa" ] || fail "no AppCDS archive was written"
      log "AppCDS archive: $(du -h "$WORK/app.jsa" | cut -f1)"
      configs+=("bare window, -Xshare:off=-Xshare:off" "app, -Xshare:off=-Xshare:off"
        "app + AppCDS archive of the app=-XX:SharedArchiveFile=$WORK/app.jsa")
    else
      log "the runtime has no CDS archive (build with -Dinstaller.cds.skip=false to compare one)"
    fi
  else
    configs=("bare JavaFX TableView window=" "app as built=")
  fi
  if [ -n "${OTHER_IMAGE:-}" ]; then
    [ -x "$OTHER_IMAGE/bin/Recording Rescue" ] || fail "no launcher in OTHER_IMAGE=$OTHER_IMAGE"
    log "OTHER_IMAGE: $OTHER_IMAGE"
    configs+=("app of OTHER_IMAGE=")
  fi
  measure "${configs[@]}"
  ratio 1 0
fi
echo "smoke: OK"
