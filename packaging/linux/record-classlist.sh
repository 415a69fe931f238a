#!/bin/sh
# Records the classes Kaikei loads on its real start-up path into a class list for AppCDS (cds-train.sh turns it into
# lib/app/kaikei.jsa). Run by build-installer.sh on an X display (it uses xvfb-run: a private Xvfb, no window
# manager): the app image's own launcher starts the cashier app as a new user would (fresh HOME, training mode), and
# once its window is shown, the Charge screen has taken a typed key and been drawn (the start-up probe's lines) and the
# work deferred after that first frame has had two seconds, the recording stops. Whatever the app loads later (other
# screens, a checkout) loads as usual, just not from the archive.
# Usage: DISPLAY=:N sh record-classlist.sh IMAGE_DIR CLASSLIST
set -eu
image=$1 list=$2
[ -n "${DISPLAY:-}" ] || { echo "record-classlist: no DISPLAY" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out=$work/out
rm -f "$list"
HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share \
    XDG_STATE_HOME=$work/home/.local/state \
    JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$list -Dkaikei.startupProbe=true" \
    "$image/bin/Kaikei" >"$out" 2>"$work/err" &
pid=$!

waitfor() {  # waitfor LINE-PREFIX SECONDS: until the app printed the probe line (or ended)
    n=0
    while [ $n -lt $(($2 * 10)) ]; do
        grep -q "^$1" "$out" && return 0
        kill -0 $pid 2>/dev/null || return 1
        sleep 0.1
        n=$((n + 1))
    done
    return 1
}
ok=true
if waitfor "kaikei-startup shown" 180; then
    # Keys go to the window under the pointer (no window manager); '1' until the Charge screen has used one.
    xdotool mousemove "$(xdotool getdisplaygeometry | cut -d' ' -f1 | awk '{print int($1/2)}')" 300 2>/dev/null || true
    n=0
    until grep -q "^kaikei-startup key" "$out" || [ $n -ge 600 ]; do
        xdotool key 1 2>/dev/null || true
        sleep 0.1
        n=$((n + 1))
    done
    grep -q "^kaikei-startup key" "$out" || ok=false
    # The window takes keys before its first frame is drawn (EarlyWindow): wait for that frame too (the skins, the
    # theme's styles and the renderer's classes), then briefly for the work deferred after it (the reconciler's first
    # pass, the backup), as the start-up a shop sees loads them within its first seconds.
    waitfor "kaikei-startup drawn" 60 || ok=false
    sleep 2
else
    ok=false
fi
kill -TERM $pid 2>/dev/null || true
wait $pid || true
if [ $ok = false ] || [ ! -s "$list" ]; then
    echo "record-classlist: the app did not come up on $DISPLAY:" >&2
    cat "$work/err" >&2
    exit 1
fi
echo "    $(grep -vc '^#' "$list") classes and lambda forms recorded"
