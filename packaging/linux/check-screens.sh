#!/usr/bin/env bash
# Starts the app image's own launcher on bare X servers with NO window manager (as a kiosk started with `xinit` +
# the app) and checks where the cashier window really lands, as X sees it:
#   1. `Kaikei --kiosk` on a 1024x768 screen: the window covers the whole screen, at 0,0 (it was 1180x760 at -78,3);
#   2. `Kaikei` on a 1024x600 tablet screen: the window lies wholly on the screen (maximised over it, nothing cut off);
#   3. `Kaikei` on a 1920x1080 display: a window that fits, with room around it (not stretched, not cut off).
# Each run uses a fresh HOME (training mode) and a private Xvfb. Exits non-zero on the first window out of place.
#
#   bash packaging/linux/check-screens.sh target/installer/Kaikei
#
# Also checks the window's class and icon (what a desktop's task bar shows) when xprop is there.
# Needs Xvfb and xdotool (apt-get install xvfb xdotool libgtk-3-0; x11-utils for xprop). With SHOTS=DIR and ImageMagick's `import`, each
# X screen is also saved as DIR/xvfb-NAME-WxH.png.
set -euo pipefail

die() { echo "check-screens: FAIL: $*" >&2; exit 1; }
[[ $# -eq 1 && -x $1/bin/Kaikei ]] || die "usage: check-screens.sh APP_IMAGE_DIR (with bin/Kaikei)"
image=$(cd "$1" && pwd)
for tool in Xvfb xdotool; do command -v $tool >/dev/null || die "$tool not found (apt-get install xvfb xdotool)"; done

work=$(mktemp -d)
xvfb="" app=""
cleanup() {
    [[ -n $app ]] && kill "$app" 2>/dev/null && wait "$app" 2>/dev/null
    [[ -n $xvfb ]] && kill "$xvfb" 2>/dev/null && wait "$xvfb" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

# run NAME WxH ARGS...: starts the app on a new Xvfb of that size; sets geometry=(x y w h) of its shown window.
run() {
    local name=$1 screen=$2
    shift 2
    local display=70
    while [[ -e /tmp/.X11-unix/X$display || -e /tmp/.X$display-lock ]]; do display=$((display + 1)); done
    Xvfb ":$display" -screen 0 "${screen}x24" -nolisten tcp >"$work/xvfb-$name.log" 2>&1 &
    xvfb=$!
    for _ in $(seq 100); do [[ -e /tmp/.X11-unix/X$display ]] && break; sleep 0.1; done
    [[ -e /tmp/.X11-unix/X$display ]] || die "Xvfb :$display did not start"
    local home=$work/home-$name
    DISPLAY=":$display" HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share \
        XDG_STATE_HOME=$home/.local/state JAVA_TOOL_OPTIONS=-Dkaikei.startupProbe=true \
        "$image/bin/Kaikei" "$@" >"$work/out-$name" 2>"$work/err-$name" &
    app=$!
    local n=0
    until grep -q '^kaikei-startup shown' "$work/out-$name"; do
        kill -0 $app 2>/dev/null || { cat "$work/err-$name" >&2; die "$name: the app ended before its window showed"; }
        [[ $n -lt 1200 ]] || die "$name: no window within 120 s"
        sleep 0.1
        n=$((n + 1))
    done
    # The window is shown; X has its final geometry once the app has placed it (a few frames later).
    local id="" g="" last="" stable=0
    n=0
    while [[ $stable -lt 5 ]]; do
        id=$(DISPLAY=":$display" xdotool search --onlyvisible --pid $app 2>/dev/null | tail -n 1 || true)
        g=""
        [[ -n $id ]] && g=$(DISPLAY=":$display" xdotool getwindowgeometry --shell "$id" 2>/dev/null \
            | tr '\n' ' ' || true)
        if [[ -n $g && $g == "$last" ]]; then stable=$((stable + 1)); else stable=0; fi
        last=$g
        [[ $n -lt 300 ]] || die "$name: no stable visible window ($g)"
        sleep 0.1
        n=$((n + 1))
    done
    eval "$g"  # X= Y= WIDTH= HEIGHT= SCREEN= WINDOW=
    geometry=("$X" "$Y" "$WIDTH" "$HEIGHT")
    if command -v xprop >/dev/null; then
        # What a desktop shows for the running app: its class (matched to kaikei.desktop) and its icon (given once
        # the window is drawn).
        DISPLAY=":$display" xprop -id "$id" WM_CLASS | grep -q '"kaikei", "kaikei"' \
            || die "$name: window class is not kaikei: $(DISPLAY=":$display" xprop -id "$id" WM_CLASS)"
        n=0
        until DISPLAY=":$display" xprop -id "$id" _NET_WM_ICON | grep -q 'Icon ('; do
            [[ $n -lt 300 ]] || die "$name: the window has no icon"
            sleep 0.1
            n=$((n + 1))
        done
        identity="class kaikei, icon"
    else
        identity="class and icon not checked: no xprop (apt-get install x11-utils)"
    fi
    if [[ -n ${SHOTS:-} ]] && command -v import >/dev/null; then  # the whole X screen, to look at
        mkdir -p "$SHOTS"
        DISPLAY=":$display" import -window root "$SHOTS/xvfb-$name-$screen.png" 2>/dev/null || true
    fi
    kill "$app" 2>/dev/null || true
    wait "$app" 2>/dev/null || true
    app=""
    kill "$xvfb" 2>/dev/null || true
    wait "$xvfb" 2>/dev/null || true
    xvfb=""
    echo "check-screens: $name on ${screen}: window ${geometry[2]}x${geometry[3]} at ${geometry[0]},${geometry[1]}" \
        "($identity)"
}

# on_screen NAME SW SH: the window lies wholly on a SW x SH screen
on_screen() {
    local x=${geometry[0]} y=${geometry[1]} w=${geometry[2]} h=${geometry[3]}
    [[ $x -ge 0 && $y -ge 0 && $((x + w)) -le $2 && $((y + h)) -le $3 ]] \
        || die "$1: window ${w}x${h} at $x,$y is not wholly on the ${2}x${3} screen"
}

run kiosk 1024x768 --kiosk
on_screen kiosk 1024 768
[[ ${geometry[*]} == "0 0 1024 768" ]] || die "kiosk: the window does not fill the 1024x768 screen: ${geometry[*]}"
echo "check-screens: ok   kiosk fills a bare 1024x768 X screen (no window manager)"

run tablet 1024x600
on_screen tablet 1024 600
[[ ${geometry[2]} -ge 1000 && ${geometry[3]} -ge 560 ]] || die "tablet: window ${geometry[*]} leaves the screen unused"
echo "check-screens: ok   a 1024x600 tablet: the window is on the screen and uses it"

run display 1920x1080
on_screen display 1920 1080
[[ ${geometry[2]} -lt 1920 && ${geometry[3]} -lt 1080 ]] || die "display: a large screen should get a window, not ${geometry[*]}"
echo "check-screens: ok   a 1920x1080 display: a window that fits"
