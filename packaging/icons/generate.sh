#!/usr/bin/env bash
# Regenerates Kaikei's icon files from the SVG sources in assets/icon/ (the generated files are committed; run this
# only after editing an SVG).
#
#   kaikei.svg        the icon (1024 x 1024 artboard): a receipt with a yen sign coming out of a till slot
#   kaikei-small.svg  a simplified, pixel-aligned variant used for the 16 px size, where the receipt blurs
#
# Produces in assets/icon/:
#   kaikei-{16,32,48,64,128,256,512,1024}.png   Linux (jpackage --icon and the .desktop file use kaikei-256.png)
#   kaikei.ico                                  Windows, multi-size 16..256
#   kaikei.icns                                 macOS, 16..1024
#
# Tools (Debian): apt-get install -y librsvg2-bin imagemagick icnsutils
#   rsvg-convert renders the SVGs, ImageMagick's convert packs the .ico, png2icns packs the .icns.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=assets/icon

# Some images ship a stand-in named convert on PATH before ImageMagick's; find the real one.
convert_bin=""
for c in /usr/bin/convert /usr/local/bin/convert "$(command -v convert || true)"; do
    if [[ -x "$c" ]] && "$c" -version 2>/dev/null | grep -q '^Version: ImageMagick'; then convert_bin=$c; break; fi
done
for tool in rsvg-convert png2icns; do
    command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install -y librsvg2-bin icnsutils)" >&2; exit 1; }
done
[[ -n "$convert_bin" ]] || { echo "missing ImageMagick (apt-get install -y imagemagick)" >&2; exit 1; }

for size in 16 32 48 64 128 256 512 1024; do
    src=$out/kaikei.svg
    [[ $size -le 16 ]] && src=$out/kaikei-small.svg
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio "$src" --output "$out/kaikei-$size.png"
done

# -define png:exclude-chunks keeps timestamps out so a rerun gives identical files.
"$convert_bin" $out/kaikei-{16,32,48,64,128,256}.png -define png:exclude-chunks=date,time "$out/kaikei.ico"
png2icns "$out/kaikei.icns" $out/kaikei-{16,32,48,128,256,512,1024}.png >/dev/null

ls -l $out
