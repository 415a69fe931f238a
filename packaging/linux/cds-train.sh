#!/bin/sh
# Makes the AppCDS archive kaikei.jsa next to kaikei.jar from kaikei.classlist (the classes of a real start-up,
# recorded at build time by record-classlist.sh): a static dump (`java -Xshare:dump`) with the app image's own runtime,
# class path and java options (read from Kaikei.cfg). It needs no display and does not run the app. The launcher maps
# the archive at start (its cfg names it; a missing archive is silently ignored, the app then only starts slower).
# JDK 17 archives are valid only at the exact path where they were made, so this runs where the app lives:
# build-installer.sh runs it on the app image it builds, the .deb's postinst at /opt/kaikei.
# Usage: sh cds-train.sh   (from anywhere; it finds the image around itself: <image>/lib/app/cds-train.sh)
set -eu
appdir=$(cd "$(dirname "$0")" && pwd -P)
java=$appdir/../runtime/bin/java
cfg=$appdir/Kaikei.cfg
list=$appdir/kaikei.classlist
archive=$appdir/kaikei.jsa
[ -x "$java" ] || { echo "cds-train: no runtime at $java" >&2; exit 1; }
[ -f "$list" ] || { echo "cds-train: no class list at $list" >&2; exit 1; }

classpath="" mainclass=""
set --
while IFS= read -r line; do
    value=$(printf '%s' "${line#*=}" | sed "s|\$APPDIR|$appdir|g")
    case $line in
        app.classpath=*) classpath=$value ;;
        java-options=*SharedArchiveFile*) ;;   # names the archive being made
        java-options=-Xlog*) ;;                # the dump's own warnings (classes it skips) are not the app's
        java-options=*) set -- "$@" "$value" ;;
    esac
done <"$cfg"

rm -f "$archive"
log=$(mktemp)
if ! "$java" -Xshare:dump "-XX:SharedClassListFile=$list" "-XX:SharedArchiveFile=$archive" "$@" -cp "$classpath" \
        >"$log" 2>&1; then
    rm -f "$archive"
    tail -n 5 "$log" >&2
    rm -f "$log"
    echo "cds-train: the dump failed; Kaikei works without the archive, only starts slower" >&2
    exit 1
fi
rm -f "$log"
[ -f "$archive" ] || { echo "cds-train: no archive was written" >&2; exit 1; }
# Read-only and readable by everyone: every user of an installed Kaikei maps the same file.
chmod 0444 "$archive"
