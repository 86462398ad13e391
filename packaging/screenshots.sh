#!/usr/bin/env bash
# Takes the README screenshots: the jar on the sandbox in a 1280x800 Xvfb screen (the window's
# default size, so the shots show what an operator sees first), driven by xdotool.
# Needs: xvfb xdotool imagemagick (and fonts-wqy-microhei for the CJK topics). Run after
# `mvn -B -q -DskipTests package`. Writes assets/screenshots/{sign-in,main-window,restore-all,running-job}.png
set -euo pipefail
cd "$(dirname "$0")/.."
source packaging/screenshots-lib.sh
start_xvfb "${SCREENSHOT_DISPLAY:-93}" 1280x800x24
# Latency makes a job slow enough to be seen running.
RECORDING_RESCUE_DATA_DIR=$work java -Drecordingrescue.sandbox.latencyMillis=250 \
  -jar target/recording-rescue.jar --sandbox >/dev/null 2>&1 &
app=$!
wait_for_window '^Recording Rescue — Sandbox'
import -window root "$out/sign-in.png"
# The sandbox banner (about 32 px) moves everything below it down.
xdotool mousemove 510 614 click 1     # "Continue as sandbox admin"
sleep "${SIGN_IN_DELAY:-15}"
# One row selected: the details pane shows all its fields, the status bar names the selection.
xdotool mousemove 300 292 click 1; sleep 0.8
import -window root "$out/main-window.png"
xdotool key ctrl+shift+r; sleep 1.5
xdotool type --delay 30 "alex.morgan@sandbox.example.com"; xdotool key Return; sleep 8
import -window root "$out/restore-all.png"
xdotool key Escape; sleep 1
xdotool mousemove 300 252 click 1; xdotool key ctrl+a; sleep 0.5
xdotool key ctrl+r; sleep 1.5; xdotool key Return
sleep "${RUNNING_JOB_DELAY:-2}"
import -window root "$out/running-job.png"
echo "screenshots written to $out"
