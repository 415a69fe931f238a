#!/usr/bin/env bash
# Installs, upgrades and removes the .deb for real (as root, with apt-get and dpkg) and checks what a shop would
# notice: `kaikei` on PATH, the menu entry and icon, the AppCDS archive, metadata, a journal and settings that survive
# the upgrade and the removal, nothing left behind. Leaves the system as it found it (no kaikei package installed).
#
#   sudo bash packaging/linux/check-deb.sh target/installer/kaikei_0.1.0-1_amd64.deb
#
# The upgrade installs the same app image packaged as version +0.0.1 (build-deb.sh), so no second build is needed.
set -euo pipefail
cd "$(dirname "$0")/../.."

die() { echo "check-deb: FAIL: $*" >&2; exit 1; }
ok() { echo "check-deb: ok   $*"; }
[[ $# -eq 1 && -f $1 ]] || die "usage: check-deb.sh PATH/TO/kaikei_VERSION-1_ARCH.deb"
[[ $(id -u) -eq 0 ]] || die "needs root (it installs the package)"
deb=$(readlink -f "$1")
dpkg -s kaikei >/dev/null 2>&1 && die "kaikei is already installed here: remove it first (apt-get remove kaikei)"

work=$(mktemp -d)
cleanup() {
    dpkg -s kaikei >/dev/null 2>&1 && apt-get remove -y -q kaikei >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

# ---- the package itself
size_kb=$(du -k "$deb" | cut -f1)
installed_kb=$(dpkg-deb -f "$deb" Installed-Size)
echo "check-deb: $(basename "$deb"): $((size_kb / 1024)) MB, installed size $((installed_kb / 1024)) MB"
[[ $size_kb -le $((45 * 1024)) ]] || die ".deb is $size_kb KB, over 45 MB"
maintainer=$(dpkg-deb -f "$deb" Maintainer)
[[ -n $maintainer && $maintainer != *Unknown* ]] || die "no real Maintainer: '$maintainer'"
homepage=$(dpkg-deb -f "$deb" Homepage || true)
ok "Maintainer: $maintainer"
if [[ -n $homepage ]]; then ok "Homepage: $homepage"; else echo "check-deb: warn no Homepage (pom.xml has no <url>)"; fi

# ---- install (apt-get resolves the dependencies from the archive)
apt-get install -y -q "$deb" >"$work/install.log" 2>&1 || { cat "$work/install.log"; die "apt-get install failed"; }
grep -qi "xdg-desktop-menu\|No writable" "$work/install.log" && die "install printed menu errors"
[[ $(command -v kaikei) == /usr/bin/kaikei ]] || die "kaikei is not on PATH as /usr/bin/kaikei"
ok "kaikei on PATH: $(command -v kaikei) -> $(readlink /usr/bin/kaikei)"
version=$(env -u DISPLAY kaikei --version) || die "kaikei --version failed"
ok "kaikei --version: $version"
bash packaging/linux/check-launcher.sh /usr/bin/kaikei >/dev/null || die "the launcher asks a package manager at start"
ok "kaikei starts Java without asking rpm or dpkg"
[[ -f /usr/share/applications/kaikei.desktop ]] || die "no menu entry in /usr/share/applications"
grep -q '^Exec=kaikei$' /usr/share/applications/kaikei.desktop || die "menu entry does not run kaikei"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate /usr/share/applications/kaikei.desktop || die "menu entry is not valid"
fi
[[ -f /usr/share/icons/hicolor/256x256/apps/kaikei.png ]] || die "no icon in the hicolor theme"
ok "menu entry and icon installed ($(dpkg -L kaikei | grep -cE '^/usr/share/icons/.*\.(png|svg)$') icon files)"
[[ -f /opt/kaikei/lib/app/kaikei.jsa ]] || die "postinst made no AppCDS archive"
ok "AppCDS archive made by postinst: $(du -m /opt/kaikei/lib/app/kaikei.jsa | cut -f1) MB"
env -u DISPLAY kaikei --self-test >"$work/self-test.log" 2>&1 || { cat "$work/self-test.log"; die "self-test failed"; }
ok "kaikei --self-test passed"
# Every native library the image carries resolves against the installed dependencies (or the image's own libraries,
# which the JVM and JavaFX load first; libavplugin-* are optional ffmpeg plugins).
own=$(find /opt/kaikei -name '*.so' -printf '%f\n' | sort -u)
missing=$(find /opt/kaikei -name '*.so' ! -name 'libavplugin*' -exec ldd {} \; 2>/dev/null | awk '/not found/ {print $1}' \
    | sort -u | grep -vxF "$own" || true)
[[ -z $missing ]] || die "unresolved native libraries: $missing"
ok "all native libraries resolve"

# ---- a shop's data: a journal and settings in the user's own (XDG) directories
export HOME=$work/home
mkdir -p "$HOME/.config/kaikei"
printf 'store.name=Upgrade Test Shop\n' >"$HOME/.config/kaikei/kaikei.properties"
env -u DISPLAY kaikei report >"$work/report1.txt" || die "kaikei report failed"
journal=$HOME/.local/share/kaikei/journal-training.sqlite
[[ -f $journal ]] || die "no journal at $journal"
grep -q "Upgrade Test Shop" "$work/report1.txt" || die "the settings were not read"
journal_sum=$(sha256sum "$journal" | cut -d' ' -f1)
settings_sum=$(sha256sum "$HOME/.config/kaikei/kaikei.properties" | cut -d' ' -f1)
ok "journal and settings created in the user's XDG dirs"

# ---- upgrade to the next version (same image, version + 0.0.1)
base=${version#Kaikei }
next=$(awk -F. -v OFS=. '{$NF = $NF + 1; print}' <<<"$base")
mkdir -p "$work/extract" && dpkg-deb -x "$deb" "$work/extract"
DEB_COMPRESSION=none bash packaging/linux/build-deb.sh "$work/extract/opt/kaikei" "$work/next" "$next" >/dev/null
next_deb=$(ls "$work"/next/kaikei_"$next"-1_*.deb)
apt-get install -y -q "$next_deb" >"$work/upgrade.log" 2>&1 || { cat "$work/upgrade.log"; die "upgrade failed"; }
[[ $(dpkg-query -W -f='${Version}' kaikei) == "$next-1" ]] || die "upgrade did not install $next-1"
[[ $(sha256sum "$journal" | cut -d' ' -f1) == "$journal_sum" ]] || die "the upgrade changed the journal"
[[ $(sha256sum "$HOME/.config/kaikei/kaikei.properties" | cut -d' ' -f1) == "$settings_sum" ]] \
    || die "the upgrade changed the settings"
[[ -f /opt/kaikei/lib/app/kaikei.jsa ]] || die "no AppCDS archive after the upgrade"
env -u DISPLAY kaikei report >"$work/report2.txt" || die "kaikei report failed after the upgrade"
grep -q "Upgrade Test Shop" "$work/report2.txt" || die "settings lost after the upgrade"
ok "upgrade $base -> $next kept the journal and the settings"

# ---- remove: the package's files go, the shop's data stays
apt-get remove -y -q kaikei >"$work/remove.log" 2>&1 || { cat "$work/remove.log"; die "remove failed"; }
[[ ! -e /usr/bin/kaikei && ! -L /usr/bin/kaikei ]] || die "/usr/bin/kaikei left behind"
[[ ! -e /opt/kaikei ]] || die "/opt/kaikei left behind: $(find /opt/kaikei | head -5)"
[[ ! -e /usr/share/applications/kaikei.desktop ]] || die "menu entry left behind"
[[ -f $journal && -f $HOME/.config/kaikei/kaikei.properties ]] || die "removing the package removed the shop's data"
ok "remove: kaikei, /opt/kaikei, menu entry and icons gone; journal and settings kept"
echo "check-deb: all checks passed"
