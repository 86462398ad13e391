#!/usr/bin/env bash
# Replaces each jpackage launcher of a Linux app-image (bin/<name>) with a small sh script that starts
# the image's own runtime (lib/runtime/bin/java) with the class path, main class and java-options of
# that launcher's lib/app/<name>.cfg: the same JVM, the same arguments, started straight away.
#
# Why: before it starts the JVM, JDK 17's Linux launcher asks the package manager whether a package
# owns it: `rpm -qf <itself>`, then `dpkg -S <itself>`, once in the launcher and once more in
# lib/libapplauncher.so, plus `dpkg -L <package>` when a .deb owns it (findOwnerOfFile in jdk.jpackage's
# LinuxPackage.c and Package.cpp). `dpkg -S` reads the file list of every installed package: 0.35 to
# 0.47 s each time on a Debian desktop. Nothing in the .cfg or the image's layout turns this off, and
# later JDKs still ask (once). Windows and macOS launchers do not ask and stay as jpackage made them.
#
# Run by the Maven profile `installer` (installer-linux) between the app-image and the .deb, so the
# .deb carries the scripts. Fails, leaving every launcher as it was, on a .cfg key it does not know.
#
# Usage: packaging/linux/direct-launchers.sh <app-image folder>
set -euo pipefail

IMAGE="${1:?usage: direct-launchers.sh <app-image folder>}"
APP="$IMAGE/lib/app"
[ -d "$IMAGE/bin" ] && [ -d "$APP" ] || { echo "direct-launchers: $IMAGE is not an app-image (no bin/ or lib/app/)" >&2; exit 1; }
[ -x "$IMAGE/lib/runtime/bin/java" ] || { echo "direct-launchers: no runtime at $IMAGE/lib/runtime/bin/java" >&2; exit 1; }

fail() { echo "direct-launchers: $*" >&2; exit 1; }
trap 'rm -f "$IMAGE"/bin/*.direct' EXIT

# One shell word for a .cfg value: literal text single-quoted, jpackage's $APPDIR, $ROOTDIR and
# $BINDIR as the script's own variables (expanded when the app starts, wherever it is installed).
shell_word() {
  local rest="$1" out="" literal
  while [ -n "$rest" ]; do
    case "$rest" in
      '$APPDIR'*) out+='"$APPDIR"' rest="${rest#\$APPDIR}" ;;
      '$ROOTDIR'*) out+='"$ROOTDIR"' rest="${rest#\$ROOTDIR}" ;;
      '$BINDIR'*) out+='"$BINDIR"' rest="${rest#\$BINDIR}" ;;
      *)
        literal="${rest%%\$*}"
        [ -n "$literal" ] || literal='$'
        rest="${rest#"$literal"}"
        out+="'${literal//\'/\'\\\'\'}'"
        ;;
    esac
  done
  printf '%s' "$out"
}

# Writes the script for one launcher to $2 from the .cfg $1; fails on anything it cannot honour.
write_script() {
  local cfg="$1" out="$2" name="$3" line key value main="" classpath="" section=""
  local -a options=()
  while IFS= read -r line || [ -n "$line" ]; do
    line="${line%$'\r'}"
    case "$line" in
      '' | '#'* | ';'*) continue ;;
      '['*']') section="$line"; continue ;;
    esac
    key="${line%%=*}" value="${line#*=}"
    case "$section/$key" in
      '[Application]/app.name' | '[Application]/app.version' | '[Application]/app.identifier' \
        | '[Application]/app.mainjar') ;; # the main jar is on app.classpath too
      '[Application]/app.runtime')
        [ "$value" = '$ROOTDIR/lib/runtime' ] || fail "$cfg: app.runtime=$value (only the image's own runtime is supported)" ;;
      '[Application]/app.classpath') classpath="${classpath:+$classpath:}$value" ;;
      '[Application]/app.mainclass') main="$value" ;;
      '[JavaOptions]/java-options') options+=("$value") ;;
      *) fail "$cfg: $section $key is not supported (the launcher would need it)" ;;
    esac
  done <"$cfg"
  [ -n "$main" ] || fail "$cfg: no app.mainclass"
  [ -n "$classpath" ] || fail "$cfg: no app.classpath"

  {
    echo '#!/bin/sh'
    echo "# $name: starts the app on the runtime of this image. Written at build time by"
    echo "# packaging/linux/direct-launchers.sh from lib/app/$name.cfg, in place of jpackage's launcher,"
    echo '# which asks rpm and dpkg whether a package owns it before it starts Java.'
    # Through a link such as /usr/bin/rescue: the image is where the link points.
    echo 'LAUNCHER=$(readlink -f "$0") || exit 1'
    echo 'BINDIR=${LAUNCHER%/*}'
    echo 'ROOTDIR=${BINDIR%/*}'
    echo 'APPDIR=$ROOTDIR/lib/app'
    printf 'exec "$ROOTDIR/lib/runtime/bin/java" %s \\\n' "$(shell_word "-Djpackage.app-path=")\"\$LAUNCHER\""
    local option
    for option in ${options[@]+"${options[@]}"}; do # bash 3.2 (macOS) calls an empty array unset
      printf '  %s \\\n' "$(shell_word "$option")"
    done
    printf '  -classpath %s \\\n' "$(shell_word "$classpath")"
    printf '  %s "$@"\n' "$(shell_word "$main")"
  } >"$out"
  chmod 755 "$out"
}

# Every launcher first, then swap them in: a bad .cfg changes nothing.
declare -a launchers=()
for launcher in "$IMAGE"/bin/*; do
  [ -f "$launcher" ] || continue
  name="${launcher##*/}"
  [ -f "$APP/$name.cfg" ] || fail "no $APP/$name.cfg for the launcher $launcher"
  write_script "$APP/$name.cfg" "$launcher.direct" "$name"
  launchers+=("$launcher")
done
[ ${#launchers[@]} -gt 0 ] || fail "no launcher in $IMAGE/bin"
for launcher in "${launchers[@]}"; do
  mv -f "$launcher.direct" "$launcher"
  echo "direct-launchers: ${launcher#"$IMAGE"/} now starts lib/runtime/bin/java directly"
done
