#!/usr/bin/env bash
# Renders assets/icon.svg into the PNG sizes, the Windows ICO and the macOS ICNS that jpackage and the
# window use. The outputs are committed, so a build never needs these tools; rerun after editing the SVG.
# Needs (Debian): librsvg2-bin imagemagick icnsutils
set -euo pipefail
cd "$(dirname "$0")/../assets"

# /usr/local/bin/convert may be a stand-in on some machines: use ImageMagick's own binary.
CONVERT=/usr/bin/convert
for tool in rsvg-convert "$CONVERT" png2icns; do
  command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install librsvg2-bin imagemagick icnsutils)" >&2; exit 1; }
done

sizes=(16 24 32 48 64 128 256 512)
for s in "${sizes[@]}"; do
  rsvg-convert --width "$s" --height "$s" icon.svg --output "icon-$s.png"
done

# Windows: one ICO holding every size Explorer and the taskbar ask for.
"$CONVERT" icon-16.png icon-24.png icon-32.png icon-48.png icon-64.png icon-128.png icon-256.png icon.ico

# macOS: png2icns takes 16, 32, 48, 128, 256 and 512.
png2icns icon.icns icon-16.png icon-32.png icon-48.png icon-128.png icon-256.png icon-512.png >/dev/null

ls -l icon.svg icon-*.png icon.ico icon.icns
