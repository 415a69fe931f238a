#!/usr/bin/env bash
# Start-up and memory of Kaikei beside an empty JavaFX window (one Label in a Scene), both from the SAME jpackage
# runtime and jar, under a private Xvfb with no window manager. Prints every run and a min/median/max table with the
# ratios. Runs alternate Kaikei, empty, Kaikei, empty… so machine load hits both alike; the load average is printed.
#
#   bash packaging/bench-startup.sh                  # 7 runs each; builds the app image first if there is none
#   options: --runs N, --rebuild (build the jar and app image anew), --screen WxH (default 1280x800)
#
# Needs: JDK 17 (javac), Xvfb, xdotool, xev: apt-get install -y --no-install-recommends xvfb xdotool x11-utils
# libgtk-3-0. Measures: process start -> first window mapped (X MapNotify); -> the Charge screen takes a key (the
# app's start-up probe, -Dkaikei.startupProbe=true, prints when it consumes a typed key); resident memory (VmRSS) and
# PSS 5 s after the window was mapped. Details: packaging/bench/StartupBench.java.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=7
rebuild=false
screen=1280x800
die() { echo "bench-startup: $*" >&2; exit 1; }
while [[ $# -gt 0 ]]; do
    case "$1" in
        --runs) [[ $# -ge 2 && $2 =~ ^[1-9][0-9]*$ ]] || die "--runs needs a positive number"; runs=$2; shift 2 ;;
        --rebuild) rebuild=true; shift ;;
        --screen) [[ $# -ge 2 && $2 =~ ^[1-9][0-9]*x[1-9][0-9]*$ ]] || die "--screen needs WxH, e.g. 1024x600"
                  screen=$2; shift 2 ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) die "unknown option $1 (see --help)" ;;
    esac
done
for tool in Xvfb xdotool xev javac java; do
    command -v $tool >/dev/null || die "$tool not found (apt-get install -y --no-install-recommends xvfb xdotool x11-utils libgtk-3-0; a JDK 17)"
done

image=target/installer/Kaikei
if [[ $rebuild == true || ! -x $image/bin/Kaikei ]]; then
    if [[ $rebuild == true ]]; then
        mvn -B -q -DskipTests package
    fi
    bash packaging/build-installer.sh --type app-image
fi

work=$PWD/target/bench-startup
image=$PWD/$image
rm -rf "$work/classes"
mkdir -p "$work/classes"
javac --release 17 -nowarn -cp "$image/lib/app/kaikei.jar" -d "$work/classes" packaging/bench/EmptyWindow.java
# A jar, not a directory: an AppCDS archive only records classes from jars.
jar cf "$work/empty-window.jar" -C "$work/classes" .

# A private X server on the first free display number; no window manager (as on a kiosk started with xinit).
display=90
while [[ -e /tmp/.X11-unix/X$display || -e /tmp/.X$display-lock ]]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 "${screen}x24" -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
for _ in $(seq 100); do [[ -e /tmp/.X11-unix/X$display ]] && break; sleep 0.1; done
[[ -e /tmp/.X11-unix/X$display ]] || die "Xvfb did not start (see $work/xvfb.log)"

echo "screen ${screen} (Xvfb :$display, no window manager), $(nproc) cores, $(uname -r)"
DISPLAY=":$display" java packaging/bench/StartupBench.java --image "$image" --empty-jar "$work/empty-window.jar" \
    --work "$work" --runs "$runs" | tee "$work/result.txt"
