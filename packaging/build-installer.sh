#!/usr/bin/env bash
# Builds Kaikei's self-contained app image and installers with jpackage (JDK 17) into target/installer/.
#
#   bash packaging/build-installer.sh                      # Linux: app-image + .deb; Windows: .msi; macOS: .dmg
#   bash packaging/build-installer.sh --type app-image     # only the app image (what CI smoke-tests)
#   bash packaging/build-installer.sh --skip-build ...     # use target/kaikei.jar as it is (no mvn)
#   options: --type T (repeatable: app-image, deb, msi, exe, dmg, pkg), --skip-build, --no-cds,
#            --app-version X.Y.Z (default: the pom's version; macOS needs a first number >= 1)
#
# Steps:
#   1. target/kaikei.jar (the shaded jar): `mvn -B -q -DskipTests package` unless it is newer than src/ and pom.xml.
#   2. Input dir: the JavaFX and SQLite natives for this OS taken out of the jar and put next to it, so the installed
#      app never unpacks natives into ~/.openjfx/cache or java.io.tmpdir (kiosk users may not write there); and the
#      jar without what the installed app never reads (natives of every OS, the unused themes), its entries stored
#      uncompressed (SlimJar.java): the installer's xz packs class files far better than deflated ones.
#   3. A trimmed Java runtime: jlink of the modules `jdeps --print-module-deps` finds in the jar, plus
#      jdk.crypto.ec (TLS to PayPay), jdk.localedata (Japanese formats; --include-locales=en,ja). Its classes are not
#      compressed (--compress=0): they load without inflating, and again xz packs them better (a smaller .deb).
#   4. jpackage --type app-image with packaging/args-common.txt, args-app-image.txt and packaging/<os>/args-<os>.txt.
#      On Linux packaging/linux/write-launcher.sh then puts a shell script in place of jpackage's native launcher
#      bin/Kaikei (which asks rpm and dpkg which package owns it at every start), made from lib/app/Kaikei.cfg.
#   5. AppCDS (Linux, unless --no-cds): record-classlist.sh starts the app image under a private Xvfb (xvfb-run) and
#      records the classes of a real start-up (window shown, Charge takes a key, the work deferred after the first
#      frame) into lib/app/kaikei.classlist; without Xvfb and xdotool it records `--self-test` instead (a warning).
#      lib/app/cds-train.sh turns the list into lib/app/kaikei.jsa (a static dump, JDK and app classes), which the
#      launcher maps at start (args-app-image.txt names it). Archives are bound to their path, so installers get the
#      image without it; the .deb's postinst makes one at /opt/kaikei from the shipped class list.
#      Elsewhere (or with --no-cds) `java -Xshare:dump` gives the runtime the CDS archive of JDK classes only.
#   6. Each installer from that app image: the .deb by packaging/linux/build-deb.sh (dpkg-deb), the others by
#      jpackage --app-image with packaging/<os>/args-<type>.txt.
#
# Needs: JDK 17 with jpackage on PATH (or JAVA_HOME), Maven unless --skip-build; for AppCDS from a real start
# xvfb-run, xdotool and GTK 3 (apt-get install xvfb xauth xdotool libgtk-3-0); for .deb fakeroot and dpkg-deb;
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
for type in "${types[@]}"; do
    case $os/$type in
        */app-image|linux/deb|windows/msi|windows/exe|macos/dmg|macos/pkg) ;;
        *) die "cannot build --type $type on $os (Linux: app-image, deb; Windows: msi, exe; macOS: dmg, pkg)" ;;
    esac
done

bin() {  # a JDK tool, preferring JAVA_HOME
    if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/$1" ]]; then echo "$JAVA_HOME/bin/$1"; else command -v "$1"; fi
}
for tool in jpackage jlink jdeps jar java; do
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
step "input: $jar (slimmed) + $os/$arch natives"
# The installed app reads its natives beside the jar (below), and uses one AtlantaFX theme (ui/common/Theme.java).
"$(bin java)" packaging/SlimJar.java "$jar" "$out/input/kaikei.jar" --stored '*.so' '*.dll' '*.dylib' \
    '*.jnilib' 'org/sqlite/native/**' 'atlantafx/base/theme/{cupertino,dracula,nord,primer-dark}*'
entries=$("$(bin jar)" tf "$jar")
# JavaFX keeps its natives at the jar root; sqlite-jdbc under org/sqlite/native/<OS>/<arch>/.
fx_natives=$(grep -E '^[^/]+\.(so|dll|dylib)$' <<<"$entries" || true)
sqlite_native=$(grep -E "^org/sqlite/native/$sqlite_os/$arch/[^/]+$" <<<"$entries" || true)
[[ -n $sqlite_native ]] || die "no SQLite native for $sqlite_os/$arch in $jar"
[[ -n $fx_natives ]] || echo "build-installer: warning: no JavaFX natives in $jar (built on another OS?)" >&2
# shellcheck disable=SC2086 # one jar entry per word: entry names have no spaces
mkdir -p "$out/natives"
jar_path=$(pwd)/$jar
(cd "$out/natives" && "$(bin jar)" xf "$jar_path" $fx_natives $sqlite_native)
find "$out/natives" -type f -exec mv {} "$out/input/" \;
rm -rf "$out/natives"
if [[ $os == linux ]]; then
    cp packaging/linux/kaikei.service packaging/linux/cds-train.sh "$out/input/"
fi

# ---- 3. trimmed runtime
step "jdeps: modules the jar needs"
modules=$("$(bin jdeps)" --print-module-deps --ignore-missing-deps --multi-release 17 "$jar" | tail -n 1)
modules="$modules,jdk.crypto.ec,jdk.localedata"
echo "    $modules"
step "jlink"
"$(bin jlink)" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --compress=0 \
    --include-locales=en,ja --output "$out/runtime"
if [[ $cds == false ]]; then
    # JDK 17's jlink makes no CDS archive of the JDK's own classes; without one every start re-parses them. (With
    # AppCDS, step 5, the app's archive holds the JDK's classes too.)
    "$out/runtime/bin/java" -Xshare:dump >/dev/null
fi
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
if [[ $os == linux ]]; then
    step "launcher: bin/Kaikei starts Java at once (packaging/linux/write-launcher.sh)"
    bash packaging/linux/write-launcher.sh "$image"
fi

# ---- 5. AppCDS
if [[ $cds == true ]]; then
    classlist=$appdir/kaikei.classlist
    if command -v xvfb-run >/dev/null && command -v xdotool >/dev/null; then
        step "AppCDS: recording a real start-up under a private Xvfb"
        xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" sh packaging/linux/record-classlist.sh "$image" \
            "$classlist" || die "recording the start-up failed (see above)"
    else
        echo "build-installer: warning: no xvfb-run/xdotool: AppCDS from --self-test only (apt-get install xvfb" \
            "xauth xdotool libgtk-3-0 for the real start-up path)" >&2
        JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$classlist" "$launcher" --self-test >/dev/null 2>&1 \
            || die "recording --self-test failed: run $launcher --self-test to see why"
    fi
    step "AppCDS: static archive from the class list"
    sh "$appdir/cds-train.sh" || die "AppCDS dump failed"
    ls -l "$appdir/kaikei.jsa" | awk '{printf "    kaikei.jsa: %d MB\n", $5 / 1048576}'
fi

# ---- 6. installers
if [[ " ${types[*]} " =~ " "(msi|exe|dmg|pkg)" " ]]; then
    # Installers are made from a copy without the AppCDS archive: it is only valid at the path where it was made.
    rm -rf "$out/package"
    mkdir -p "$out/package"
    cp -a "$image" "$out/package/"
    find "$out/package" -name kaikei.jsa -delete
fi
for type in "${types[@]}"; do
    [[ $type == app-image ]] && continue
    if [[ $type == deb ]]; then
        step "dpkg-deb: the .deb from the app image"
        bash packaging/linux/build-deb.sh "$image" "$out" "$app_version"
        continue
    fi
    step "jpackage --type $type"
    extra=()
    # One file per installer format; an .exe takes the .msi's settings.
    type_args=packaging/$os/args-${type/exe/msi}.txt
    [[ -f $type_args ]] && extra+=("@$type_args")
    "$(bin jpackage)" --type "$type" --dest "$out" --app-version "$app_version" \
        --app-image "$out/package/$(basename "$image")" \
        @packaging/args-common.txt @packaging/$os/args-$os.txt ${extra[@]+"${extra[@]}"}  # bash 3.2 (macOS)-safe
done
rm -rf "$out/package"

step "done: $out"
du -sh "$image"
for f in "$out"/*.{deb,msi,exe,dmg,pkg}; do
    [[ -f $f ]] && ls -l "$f"
done
true
