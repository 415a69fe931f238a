#!/usr/bin/env bash
# Builds Kaikei's self-contained app image and installers with jpackage (JDK 17) into target/installer/.
#
#   bash packaging/build-installer.sh                      # Linux: app-image + .deb; Windows: .msi; macOS: .dmg
#   bash packaging/build-installer.sh --type app-image     # only the app image (what CI smoke-tests)
#   bash packaging/build-installer.sh --skip-build ...     # use target/kaikei.jar as it is (no mvn)
#   options: --type T (repeatable: app-image, deb, rpm, msi, exe, dmg, pkg), --skip-build, --no-cds,
#            --app-version X.Y.Z (default: the pom's version; macOS needs a first number >= 1)
#
# Steps:
#   1. target/kaikei.jar (the shaded jar): `mvn -B -q -DskipTests package` unless it is newer than src/ and pom.xml.
#   2. Input dir: the jar plus, next to it, the JavaFX and SQLite natives for this OS taken out of the jar, so the
#      installed app never unpacks natives into ~/.openjfx/cache or java.io.tmpdir (kiosk users may not write there).
#   3. A trimmed Java runtime: jlink of the modules `jdeps --print-module-deps` finds in the jar, plus
#      jdk.crypto.ec (TLS to PayPay), jdk.localedata (Japanese formats; --include-locales=en,ja); then
#      `java -Xshare:dump` gives it the CDS archive of JDK classes that jlink on 17 does not create.
#   4. jpackage --type app-image with packaging/args-common.txt, args-app-image.txt and packaging/<os>/args-<os>.txt.
#   5. AppCDS (Linux, unless --no-cds): lib/app/cds-train.sh runs `--self-test` once to record the classes it loads
#      into lib/app/kaikei.jsa, which the launcher maps at start (args-app-image.txt names it). Archives are bound
#      to their path, so installers get the image without it; the .deb's postinst makes one at /opt/kaikei.
#   6. Each installer type from that app image (jpackage --app-image) with packaging/<os>/args-<type>.txt.
#
# Needs: JDK 17 with jpackage on PATH (or JAVA_HOME), Maven unless --skip-build; for .deb fakeroot and dpkg-deb;
# for .msi WiX 3 on PATH; for .dmg macOS. Windows: run from Git Bash. Installers can only be built on their own OS.
set -euo pipefail
cd "$(dirname "$0")/.."

out=target/installer
jar=target/kaikei.jar
skip_build=false
cds=true
app_version=""
types=()

die() { echo "build-installer: $*" >&2; exit 1; }
step() { echo "==> $*"; }

while [[ $# -gt 0 ]]; do
    case "$1" in
        --type) [[ $# -ge 2 ]] || die "--type needs a value"; types+=("$2"); shift 2 ;;
        --type=*) types+=("${1#--type=}"); shift ;;
        --skip-build) skip_build=true; shift ;;
        --no-cds) cds=false; shift ;;
        --app-version) [[ $# -ge 2 ]] || die "--app-version needs a value"; app_version=$2; shift 2 ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) die "unknown option $1 (see --help)" ;;
    esac
done

case "$(uname -s)" in
    Linux*) os=linux; default_types=(app-image deb); sqlite_os=Linux ;;
    # AppCDS only on Linux: the archive is path-bound, and only the .deb can make it at install time (postinst).
    Darwin*) os=macos; default_types=(dmg); sqlite_os=Mac; cds=false ;;
    MINGW*|MSYS*|CYGWIN*) os=windows; default_types=(msi); sqlite_os=Windows; cds=false ;;
    *) die "unsupported OS $(uname -s)" ;;
esac
case "$(uname -m)" in
    x86_64|amd64) arch=x86_64 ;;
    aarch64|arm64) arch=aarch64 ;;
    *) die "unsupported CPU $(uname -m)" ;;
esac
[[ ${#types[@]} -gt 0 ]] || types=("${default_types[@]}")

bin() {  # a JDK tool, preferring JAVA_HOME
    if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/$1" ]]; then echo "$JAVA_HOME/bin/$1"; else command -v "$1"; fi
}
for tool in jpackage jlink jdeps jar; do
    [[ -n "$(bin $tool)" ]] || die "$tool not found: install a JDK 17 (with jpackage) or set JAVA_HOME"
done
jdk_major=$("$(bin jlink)" --version | cut -d. -f1)
[[ "$jdk_major" == 17 ]] || echo "build-installer: warning: JDK $jdk_major; Kaikei targets 17" >&2

# ---- 1. the jar
if [[ $skip_build == false ]]; then
    if [[ ! -f $jar || -n "$(find src pom.xml -type f -newer "$jar" -print -quit)" ]]; then
        step "mvn -B -q -DskipTests package"
        mvn -B -q -DskipTests package
    fi
fi
[[ -f $jar ]] || die "$jar is missing: build it (mvn -B -DskipTests package) or drop --skip-build"

if [[ -z $app_version ]]; then
    # The project version: the first <version> at the pom's top level (4-space indent).
    app_version=$(sed -n 's|^    <version>\([^<]*\)</version>.*|\1|p' pom.xml | head -n 1)
    app_version=${app_version%-SNAPSHOT}
fi
[[ $app_version =~ ^[0-9]+(\.[0-9]+){0,2}$ ]] || die "app version '$app_version' is not N[.N[.N]] (jpackage needs that)"
if [[ $os == macos && ${app_version%%.*} == 0 ]]; then
    die "macOS rejects app version $app_version (first number must be >= 1): pass --app-version"
fi

rm -rf "$out"
mkdir -p "$out/input"

# ---- 2. input: the jar and this platform's natives beside it
step "input: $jar + $os/$arch natives"
cp "$jar" "$out/input/kaikei.jar"
entries=$("$(bin jar)" tf "$jar")
# JavaFX keeps its natives at the jar root; sqlite-jdbc under org/sqlite/native/<OS>/<arch>/.
fx_natives=$(grep -E '^[^/]+\.(so|dll|dylib)$' <<<"$entries" || true)
sqlite_native=$(grep -E "^org/sqlite/native/$sqlite_os/$arch/[^/]+$" <<<"$entries" || true)
[[ -n $sqlite_native ]] || die "no SQLite native for $sqlite_os/$arch in $jar"
[[ -n $fx_natives ]] || echo "build-installer: warning: no JavaFX natives in $jar (built on another OS?)" >&2
# shellcheck disable=SC2086 # one jar entry per word: entry names have no spaces
(cd "$out/input" && "$(bin jar)" xf kaikei.jar $fx_natives $sqlite_native)
mv "$out/input/$sqlite_native" "$out/input/"
rm -rf "$out/input/org"
if [[ $os == linux ]]; then
    cp packaging/linux/kaikei.service packaging/linux/cds-train.sh "$out/input/"
fi

# ---- 3. trimmed runtime
step "jdeps: modules the jar needs"
modules=$("$(bin jdeps)" --print-module-deps --ignore-missing-deps --multi-release 17 "$jar" | tail -n 1)
modules="$modules,jdk.crypto.ec,jdk.localedata"
echo "    $modules"
step "jlink"
"$(bin jlink)" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --compress=2 \
    --include-locales=en,ja --output "$out/runtime"
# JDK 17's jlink makes no CDS archive of the JDK's own classes; without one every start re-parses them.
"$out/runtime/bin/java" -Xshare:dump >/dev/null
# runtime/bin/java stays (a few KB): lib/app/cds-train.sh needs it to make the AppCDS archive where the app lives.

# ---- 4. app image
step "jpackage --type app-image"
"$(bin jpackage)" --type app-image --dest "$out" --app-version "$app_version" \
    --input "$out/input" --runtime-image "$out/runtime" \
    @packaging/args-common.txt @packaging/args-app-image.txt @packaging/$os/args-$os.txt
case $os in
    linux) image=$out/Kaikei; appdir=$image/lib/app; launcher=$image/bin/Kaikei ;;
    macos) image=$out/Kaikei.app; appdir=$image/Contents/app; launcher=$image/Contents/MacOS/Kaikei ;;
    windows) image=$out/Kaikei; appdir=$image/app; launcher=$image/kaikei-cli.exe ;;
esac

# ---- 5. AppCDS
if [[ $cds == true ]]; then
    step "AppCDS: training run of --self-test"
    sh "$appdir/cds-train.sh" || die "AppCDS training failed: run $launcher --self-test to see why"
fi

# ---- 6. installers
if [[ " ${types[*]} " =~ " "(deb|rpm|msi|exe|dmg|pkg)" " ]]; then
    # Installers are made from a copy without the AppCDS archive: it is only valid at the path where it was made
    # (the .deb's postinst makes one at /opt/kaikei).
    rm -rf "$out/package"
    mkdir -p "$out/package"
    cp -a "$image" "$out/package/"
    find "$out/package" -name kaikei.jsa -delete
    if [[ $os == linux ]]; then
        # jpackage looks for the menu entry under the launcher's name; postinst/prerm add the AppCDS steps.
        mkdir -p "$out/resources"
        cp packaging/linux/kaikei.desktop "$out/resources/Kaikei.desktop"
        cp packaging/linux/postinst packaging/linux/prerm "$out/resources/"
    fi
fi
for type in "${types[@]}"; do
    [[ $type == app-image ]] && continue
    step "jpackage --type $type"
    extra=()
    # One file per installer format; an .exe takes the .msi's settings.
    type_args=packaging/$os/args-${type/exe/msi}.txt
    [[ -f $type_args ]] && extra+=("@$type_args")
    [[ -d $out/resources ]] && extra+=(--resource-dir "$out/resources")
    "$(bin jpackage)" --type "$type" --dest "$out" --app-version "$app_version" \
        --app-image "$out/package/$(basename "$image")" \
        @packaging/args-common.txt @packaging/$os/args-$os.txt ${extra[@]+"${extra[@]}"}  # bash 3.2 (macOS)-safe
done
rm -rf "$out/package"

step "done: $out"
du -sh "$image"
for f in "$out"/*.{deb,rpm,msi,exe,dmg,pkg}; do
    [[ -f $f ]] && ls -l "$f"
done
true
