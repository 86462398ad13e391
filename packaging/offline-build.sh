#!/usr/bin/env bash
# Offline installer build, in two steps that can run on two machines:
#
#   1. prime   (needs the Maven repository, once): fills a fresh local repository with everything the
#              installer build uses, by running the real build once with -Pinstaller and then
#              dependency:go-offline for every profile and JavaFX platform. go-offline alone is not enough:
#              it misses surefire's JUnit Platform provider and a plexus-utils that Maven 3.8 adds.
#   2. build   (no network): `mvn -o` against that repository, with a settings file that is offline too
#              and whose proxies point at a closed local port, so any download attempt fails loudly.
#
# Copy the repository folder (and the source tree) to the offline machine between the two steps.
# The JDK (17, with jpackage) and, for an MSI, WiX 3 must already be installed there.
#
# Usage: packaging/offline-build.sh [prime|build|all] [REPO_DIR]
#   default: all, REPO_DIR=~/.m2/recording-rescue-offline (a fresh folder, not ~/.m2/repository, so the
#   test proves the primed copy is complete; not under target/, which `mvn clean` deletes)
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
STEP="${1:-all}"
REPO="${2:-$HOME/.m2/recording-rescue-offline}"
case "$REPO" in /*) ;; *) REPO="$PWD/$REPO" ;; esac
MVN=(mvn -B -Dmaven.repo.local="$REPO")
die() { echo "offline: FAIL: $*" >&2; exit 1; }

prime() {
  echo "offline: priming $REPO"
  mkdir -p "$REPO"
  # The real build, tests included, so every plugin and provider it loads lands in the repository.
  (cd "$ROOT" && "${MVN[@]}" -q -Pinstaller clean verify) || die "the priming build failed (see above)"
  # Everything else the pom can reach, including other profiles' plugins.
  (cd "$ROOT" && "${MVN[@]}" -q -Pinstaller dependency:go-offline) || die "dependency:go-offline failed"
  # JavaFX jars of the other platforms (classifiers win, mac, mac-aarch64), so that one primed
  # repository also serves an offline Windows or macOS build machine.
  for platform in win mac mac-aarch64; do
    (cd "$ROOT" && "${MVN[@]}" -q -Pinstaller dependency:resolve -Djavafx.platform="$platform") \
      || die "could not resolve the JavaFX jars for $platform"
  done
  echo "offline: primed, $(du -sh "$REPO" | cut -f1) in $REPO"
}

build() {
  [ -d "$REPO" ] || { echo "offline: no repository at $REPO; run the prime step first" >&2; exit 1; }
  local settings
  settings="$(mktemp)"
  # Offline, and should anything still try, its proxy is a closed local port. (No mirror: Maven records
  # which repository id each artifact came from, and would not accept "central" artifacts for a mirror.)
  cat >"$settings" <<'EOF'
<settings>
  <offline>true</offline>
  <proxies>
    <proxy><id>no-network</id><active>true</active><protocol>http</protocol><host>127.0.0.1</host><port>9</port></proxy>
    <proxy><id>no-network-tls</id><active>true</active><protocol>https</protocol><host>127.0.0.1</host><port>9</port></proxy>
  </proxies>
</settings>
EOF
  echo "offline: building with mvn -o against $REPO"
  local start=$SECONDS
  (cd "$ROOT" && "${MVN[@]}" -o -s "$settings" -Pinstaller clean verify) || {
    rm -f "$settings"
    echo "offline: FAIL: the offline build needed something the repository lacks (see above)" >&2
    exit 1
  }
  rm -f "$settings"
  echo "offline: OK in $((SECONDS - start)) s; installers:"
  ls -l "$ROOT/target/installer/dist"
}

case "$STEP" in
  prime) prime ;;
  build) build ;;
  all) prime; build ;;
  *) echo "usage: $0 [prime|build|all] [REPO_DIR]" >&2; exit 2 ;;
esac
