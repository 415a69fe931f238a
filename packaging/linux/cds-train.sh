#!/bin/sh
# Makes the AppCDS archive kaikei.jsa next to kaikei.jar: a training run of `--self-test` with the app image's own
# runtime, class path and java options (read from Kaikei.cfg) records the classes it loads; the launcher then maps
# them instead of parsing them at every start (its cfg names the archive; a missing archive is silently ignored).
# JDK 17 archives are valid only at the exact path where they were made, so this runs where the app lives:
# build-installer.sh runs it on the app image it builds, the .deb's postinst at /opt/kaikei.
# Usage: sh cds-train.sh   (from anywhere; it finds the image around itself: <image>/lib/app/cds-train.sh)
set -eu
appdir=$(cd "$(dirname "$0")" && pwd -P)
java=$appdir/../runtime/bin/java
cfg=$appdir/Kaikei.cfg
archive=$appdir/kaikei.jsa
[ -x "$java" ] || { echo "cds-train: no runtime at $java" >&2; exit 1; }

classpath="" mainclass=""
set --
while IFS= read -r line; do
    value=$(printf '%s' "${line#*=}" | sed "s|\$APPDIR|$appdir|g")
    case $line in
        app.classpath=*) classpath=$value ;;
        app.mainclass=*) mainclass=$value ;;
        java-options=*SharedArchiveFile*) ;;   # names the archive being made: would be read as its base
        java-options=*) set -- "$@" "$value" ;;
    esac
done <"$cfg"

rm -f "$archive"
if ! "$java" "-XX:ArchiveClassesAtExit=$archive" "$@" -cp "$classpath" "$mainclass" --self-test >/dev/null 2>&1; then
    rm -f "$archive"
    echo "cds-train: the training run failed; Kaikei works without the archive, only starts slower" >&2
    exit 1
fi
[ -f "$archive" ] || { echo "cds-train: no archive was written" >&2; exit 1; }
