#!/usr/bin/env bash
# Takes the main window twice more for the README: in German, in the dark theme and in Japanese.
# Needs what screenshots.sh needs (xvfb xdotool imagemagick). Run after
# `mvn -B -q -DskipTests package`. Writes assets/screenshots/{main-window-de,main-window-dark,main-window-ja}.png
#
# Each run gets its own empty home for java.util.prefs, where the language and theme choices
# live; the dark run writes the choice there first, as the Settings dialog would.
set -euo pipefail
cd "$(dirname "$0")/.."
source packaging/screenshots-lib.sh
start_xvfb "${SCREENSHOT_DISPLAY:-94}" 1400x900x24

# shoot <file> <theme: SYSTEM|LIGHT|DARK> <java options...>
shoot() {
  local file=$1 theme=$2
  shift 2
  local home=$work/$(basename "$file" .png)
  local node=$home/.java/.userPrefs/io/recordingrescue/app
  mkdir -p "$node" "$home/data"
  cat >"$node/prefs.xml" <<XML
<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<!DOCTYPE map SYSTEM "http://java.sun.com/dtd/preferences.dtd">
<map MAP_XML_VERSION="1.0">
  <entry key="ui.theme" value="$theme"/>
</map>
XML
  RECORDING_RESCUE_DATA_DIR=$home/data java -Djava.util.prefs.userRoot="$home" "$@" \
    -jar target/recording-rescue.jar --sandbox >/dev/null 2>&1 &
  app=$!
  wait_for_window '^Recording Rescue'
  xdotool key alt+a # "Continue as sandbox admin" in every language (its mnemonic is A)
  sleep 8
  xdotool mousemove 300 324 click 1; sleep 0.3
  xdotool keydown shift mousemove 300 442 click 1 keyup shift; sleep 0.8
  import -window root "$out/$file"
  kill "$app"; wait "$app" 2>/dev/null || true
  app=
}

shoot main-window-de.png LIGHT -Duser.language=de -Duser.country=DE
shoot main-window-dark.png DARK -Duser.language=en -Duser.country=US
shoot main-window-ja.png LIGHT -Duser.language=ja -Duser.country=JP
echo "screenshots written to $out"
