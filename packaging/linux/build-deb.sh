#!/usr/bin/env bash
# Builds the .deb from the jpackage app image (called by packaging/build-installer.sh for --type deb).
#
#   bash packaging/linux/build-deb.sh IMAGE_DIR OUT_DIR VERSION
#
# Why not `jpackage --type deb`: JDK 17's jpackage can only install below its install dir, registers the menu entry
# with xdg-desktop-menu (which fails on a minimal system: "No writable system menu directory found") and writes no
# Homepage. Built here, every file is the package's own and dpkg tracks and removes it:
#   /opt/kaikei/                         the app image (launcher bin/Kaikei, runtime, jar, natives, AppCDS class list)
#   /usr/bin/kaikei                      -> /opt/kaikei/bin/Kaikei: the command on PATH
#   /usr/share/applications/kaikei.desktop, /usr/share/icons/hicolor/*/apps/kaikei.png (+ scalable .svg)
#                                        the menu entry and icon, where every desktop looks (XDG); a desktop installed
#                                        later finds them too. dpkg's triggers refresh the menu and icon caches.
#   /usr/share/doc/kaikei/copyright
# Maintainer and Homepage come from pom.xml (<developers>, <url>). postinst makes the AppCDS archive for /opt/kaikei;
# prerm removes it. The journal, settings and logs live in each user's XDG directories: an upgrade or a removal (even
# purge) never touches them.
set -euo pipefail
cd "$(dirname "$0")/../.."

die() { echo "build-deb: $*" >&2; exit 1; }
[[ $# -eq 3 ]] || die "usage: build-deb.sh IMAGE_DIR OUT_DIR VERSION"
image=$1 out=$2 version=$3
[[ -x $image/bin/Kaikei ]] || die "$image is not a Kaikei app image (no bin/Kaikei)"
command -v dpkg-deb >/dev/null || die "dpkg-deb not found (Debian/Ubuntu: apt-get install dpkg)"
command -v fakeroot >/dev/null || die "fakeroot not found (apt-get install fakeroot)"

# ---- package metadata from pom.xml (one place for it)
pom_value() {  # the text of the first <$1> element at or below the pom's top level
    sed -n "s|.*<$1>\([^<]*\)</$1>.*|\1|p" pom.xml | head -n 1
}
maintainer_name=$(sed -n '/<developers>/,/<\/developers>/p' pom.xml | sed -n 's|.*<name>\([^<]*\)</name>.*|\1|p' | head -n 1)
maintainer_email=$(sed -n '/<developers>/,/<\/developers>/p' pom.xml | sed -n 's|.*<email>\([^<]*\)</email>.*|\1|p' | head -n 1)
homepage=$(sed -n 's|^    <url>\([^<]*\)</url>.*|\1|p' pom.xml | head -n 1)
description=$(pom_value description)
[[ -n $maintainer_name && -n $maintainer_email ]] || die "pom.xml names no maintainer (<developers><developer><name>, <email>)"
arch=$(dpkg --print-architecture)

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
root=$stage/kaikei
mkdir -p "$root/opt" "$root/usr/bin" "$root/usr/share/applications" "$root/usr/share/doc/kaikei" "$root/DEBIAN"

# ---- files
cp -a "$image" "$root/opt/kaikei"
# The AppCDS archive is valid only at the path where it was made: postinst makes one at /opt/kaikei.
rm -f "$root/opt/kaikei/lib/app/kaikei.jsa"
ln -s /opt/kaikei/bin/Kaikei "$root/usr/bin/kaikei"
cp packaging/linux/kaikei.desktop "$root/usr/share/applications/kaikei.desktop"
for size in 16 32 48 64 128 256 512; do
    dir=$root/usr/share/icons/hicolor/${size}x${size}/apps
    mkdir -p "$dir"
    cp "assets/icon/kaikei-$size.png" "$dir/kaikei.png"
done
mkdir -p "$root/usr/share/icons/hicolor/scalable/apps"
cp assets/icon/kaikei.svg "$root/usr/share/icons/hicolor/scalable/apps/kaikei.svg"
cat >"$root/usr/share/doc/kaikei/copyright" <<EOF
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: Kaikei
Upstream-Contact: $maintainer_name <$maintainer_email>

Files: *
Copyright: the Kaikei contributors
Comment: /opt/kaikei bundles a Java runtime (OpenJDK, GPL-2.0 with the Classpath Exception), OpenJFX (GPL-2.0 with
 the Classpath Exception) and libraries under their own licenses (Apache-2.0, EPL/LGPL, MIT, BSD); their license
 texts are inside /opt/kaikei/lib/runtime/legal and the jar's META-INF.
EOF

# ---- control files
installed_kb=$(du -sk --apparent-size "$root/opt" "$root/usr" | awk '{s += $1} END {print s}')
{
    echo "Package: kaikei"
    echo "Version: $version-1"
    echo "Section: misc"
    echo "Priority: optional"
    echo "Architecture: $arch"
    echo "Maintainer: $maintainer_name <$maintainer_email>"
    [[ -n $homepage ]] && echo "Homepage: $homepage"
    echo "Installed-Size: $installed_kb"
    # What the bundled natives link against (objdump -p: NEEDED, mapped with dpkg -S on Debian 12), less what GTK 3
    # brings anyway; the t64 names are Debian 13 / Ubuntu 24.04's. Plus a Japanese font: the screens are Japanese.
    echo "Depends: libc6, libstdc++6, zlib1g, libgtk-3-0 | libgtk-3-0t64, libasound2 | libasound2t64, libgl1,"\
         "libxtst6, libxxf86vm1, libjpeg62-turbo | libjpeg62, liblcms2-2, libpng16-16 | libpng16-16t64, libgif7,"\
         "fonts-noto-cjk | fonts-ipaexfont-gothic | fonts-vlgothic"
    echo "Description: $description"
    echo " Kaikei takes PayPay payments at shop counters, on tablets and on kiosks: the cashier keys an amount, the"
    echo " customer scans a dynamic QR code, and Kaikei shows Paid once PayPay confirms. Every call is journaled"
    echo " before it is sent, so a crash or a timeout never loses or doubles a payment. Without keys it runs"
    echo " against a built-in PayPay simulator (training mode). Run: kaikei (the cashier app), kaikei --help."
} >"$root/DEBIAN/control"
cp packaging/linux/postinst packaging/linux/prerm "$root/DEBIAN/"
chmod 0755 "$root/DEBIAN/postinst" "$root/DEBIAN/prerm"
(cd "$root" && find opt usr -type f -print0 | sort -z | xargs -0 md5sum) >"$root/DEBIAN/md5sums"

# ---- build: files owned by root; xz (level 9 saves 3% over 6 for twice the time and three times the memory).
# DEB_COMPRESSION=none makes a quick local package (check-deb.sh's upgrade test).
mkdir -p "$out"
deb=$out/kaikei_${version}-1_${arch}.deb
compression=${DEB_COMPRESSION:-xz}
[[ $compression == xz || $compression == none ]] || die "DEB_COMPRESSION must be xz or none"
fakeroot -- sh -c "chown -R 0:0 '$root' && dpkg-deb -Z$compression --build '$root' '$deb'" >/dev/null
echo "    $deb: $(du -k "$deb" | cut -f1) KB, installed size $installed_kb KB"
