#!/usr/bin/env bash
# Replaces jpackage's native Linux launcher (bin/Kaikei) in an app image by a small shell script that starts the
# image's runtime with exactly what lib/app/Kaikei.cfg says: its java options ($APPDIR resolved where the app lives),
# class path and main class.
#
#   bash packaging/linux/write-launcher.sh target/installer/Kaikei     # build-installer.sh runs it after jpackage
#
# Why: on every start jpackage's Linux launcher asks the package managers which package owns it, twice (once itself,
# once in lib/libapplauncher.so): `rpm -qf`, then `dpkg -S`, which reads the list of every file of every installed
# package (~70 ms each on this 760-package machine, more on a desktop with thousands). That was most of the gap
# between Kaikei's first window and an empty JavaFX window's (packaging/bench-startup.sh). The script asks nobody:
# `exec` hands its process to java (systemd, a kiosk session and a terminal see one process, signals and exit code
# unchanged). Like jpackage's launcher it follows symlinks (/usr/bin/kaikei) to find the image and puts lib/app on
# LD_LIBRARY_PATH. Kaikei.cfg stays the one place the options live: lib/app/cds-train.sh reads it too.
set -euo pipefail

die() { echo "write-launcher: $*" >&2; exit 1; }
[[ $# -eq 1 ]] || die "usage: write-launcher.sh APP_IMAGE_DIR"
image=$1
cfg=$image/lib/app/Kaikei.cfg
launcher=$image/bin/Kaikei
[[ -f $cfg ]] || die "no $cfg (not a jpackage app image for Linux?)"
[[ -x $image/lib/runtime/bin/java ]] || die "no runtime at $image/lib/runtime/bin/java"

# One shell word for a cfg value: single-quoted pieces, with "$appdir" where the cfg says $APPDIR.
word() {
    local value=$1 out="" piece
    while :; do
        piece=${value%%"\$APPDIR"*}
        [[ -n $piece || $value == "" ]] && out+="'${piece//\'/\'\\\'\'}'"
        [[ $piece == "$value" ]] && break
        out+='"$appdir"'
        value=${value#*"\$APPDIR"}
    done
    printf '%s' "$out"
}

classpath="" mainclass="" options=()
while IFS= read -r line || [[ -n $line ]]; do
    case $line in
        ''|'['*']') ;;
        app.classpath=*) classpath=${line#*=} ;;
        app.mainclass=*) mainclass=${line#*=} ;;
        java-options=*) options+=("${line#*=}") ;;
        # Anything else (default arguments, a splash screen…) the script would silently drop: refuse instead.
        *) die "Kaikei.cfg has '$line', which this launcher does not carry over: teach write-launcher.sh" ;;
    esac
done <"$cfg"
[[ -n $classpath && -n $mainclass ]] || die "Kaikei.cfg names no class path or main class"

{
    echo '#!/bin/sh'
    echo "# Kaikei's launcher, written by packaging/linux/write-launcher.sh from lib/app/Kaikei.cfg (which it mirrors:"
    echo "# change both). It replaces jpackage's native launcher, which asks rpm and dpkg which package owns it at every"
    echo "# start; this one starts Java at once."
    echo 'self=$(readlink -f -- "$0") || exit 127'
    echo 'image=${self%/bin/*}'
    echo 'appdir=$image/lib/app'
    echo 'LD_LIBRARY_PATH=${LD_LIBRARY_PATH:+$LD_LIBRARY_PATH:}$appdir'
    echo 'export LD_LIBRARY_PATH'
    echo 'exec "$image/lib/runtime/bin/java" \'
    for option in "${options[@]}"; do
        echo "    $(word "$option") \\"
    done
    echo "    -cp $(word "$classpath") $(word "$mainclass") \"\$@\""
} >"$launcher.new"
chmod 0755 "$launcher.new"
mv "$launcher.new" "$launcher"
# Only jpackage's launcher loaded it.
rm -f "$image/lib/libapplauncher.so"
