# What the screenshot scripts share: sourced by them from the project folder, never run alone.
# Shots go to assets/screenshots; the app's window is found by its title, polled as BUILDING.md
# advises (a fixed sleep once captured a black screen).

out=assets/screenshots
mkdir -p "$out"
# A temporary folder for the app's data, removed at the end with the app and the screen stopped.
app=
xvfb=
work=$(mktemp -d)
trap 'kill $app $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT

# start_xvfb <display number> <width>x<height>x<depth>: an Xvfb screen for this script's windows;
# sets $xvfb to its process id and exports DISPLAY.
start_xvfb() {
  Xvfb ":$1" -screen 0 "$2" -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  export DISPLAY=:$1
  sleep 1
}

# wait_for_window <title regex>: waits up to 60 s for the window, then 3 s for its first frames.
wait_for_window() {
  local win=
  for _ in $(seq 1 60); do
    win=$(xdotool search --name "$1" 2>/dev/null | head -1 || true)
    [ -n "$win" ] && break
    sleep 1
  done
  [ -n "$win" ] || { echo "no window whose title matches $1" >&2; exit 1; }
  sleep 3
}
