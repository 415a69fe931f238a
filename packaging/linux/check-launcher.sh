#!/usr/bin/env bash
# Checks that Kaikei's launcher starts Java without asking a package manager anything (see write-launcher.sh: jpackage's
# own launcher runs `rpm -qf` and `dpkg -S` at every start). Stand-ins for rpm and dpkg come first on PATH and leave a
# mark if anything runs them; the launcher must still answer --version. Runs in .ci/run (app image) and check-deb.sh
# (the installed /usr/bin/kaikei).
#
#   bash packaging/linux/check-launcher.sh target/installer/Kaikei/bin/Kaikei
set -euo pipefail

die() { echo "check-launcher: FAIL: $*" >&2; exit 1; }
[[ $# -eq 1 && -x $1 ]] || die "usage: check-launcher.sh LAUNCHER"
launcher=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/bin"
for tool in rpm dpkg dpkg-query; do
    printf '#!/bin/sh\necho "%s $*" >>"%s/asked"\nexit 1\n' "$tool" "$work" >"$work/bin/$tool"
    chmod +x "$work/bin/$tool"
done
version=$(env -u DISPLAY -u WAYLAND_DISPLAY PATH="$work/bin:$PATH" "$launcher" --version) \
    || die "$launcher --version failed"
[[ $version == "Kaikei "[0-9]* ]] || die "$launcher --version printed '$version'"
[[ ! -e $work/asked ]] || die "$launcher asked a package manager at start: $(tr '\n' ';' <"$work/asked")"
echo "check-launcher: ok   $launcher starts Java without asking rpm or dpkg ($version)"
