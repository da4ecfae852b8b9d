#!/usr/bin/env bash
# Tests the Linux installer end to end, as a user would meet it: builds the .deb, installs it with
# dpkg, starts the installed launcher under Xvfb with no JDK within reach, checks the screenshot it
# takes is a real comparison, checks nothing was written into the install folder, and removes the
# package. Runs as root from a checkout (CI calls it from .ci/run); fails loudly on any step.
set -euxo pipefail
cd "$(dirname "$0")/../.."

./mvnw -B -Pinstaller package -DskipTests

debs=(target/installer/clausewise_*.deb)
test "${#debs[@]}" -eq 1
deb="${debs[0]}"
size=$(stat -c %s "$deb")
echo "installer: $deb is $((size / 1048576)) MiB ($size bytes)"
test "$size" -lt $((60 * 1024 * 1024))
# a maintainer in Debian's "Name <address>" form (the address is a placeholder, see pom.xml)
dpkg-deb -f "$deb" Maintainer | grep -Eq '^Clausewise project <[^<>@ ]+@[^<>@ ]+>$'

# One install test at a time on a machine: two runs would install and remove the same package
# under each other. The lock is released when this script exits.
exec 9>/var/lock/clausewise-deb-test.lock
flock --timeout 900 9

# The package's own dependencies (GTK 3, xdg-utils, the libraries of the bundled runtime), then
# the package itself with dpkg, as a double-click in a software centre does.
dpkg-deb -f "$deb" Depends | sed 's/([^)]*)//g; s/,/ /g' | xargs apt-get install -y --no-install-recommends
dpkg -i "$deb"

launcher=/opt/clausewise/bin/Clausewise
corpus=/opt/clausewise/lib/app/corpus
test -x "$launcher"
entry=/usr/share/applications/clausewise-Clausewise.desktop
desktop-file-validate "$entry"
grep -qx 'Categories=Office' "$entry"
grep -qx "Exec=$launcher" "$entry"
# Docks match the open window to the menu entry by its WM class: the JavaFX application class.
wm_class=$(sed -n 's/^StartupWMClass=//p' "$entry")
python3 -c 'import sys, zipfile; sys.exit(sys.argv[2].replace(".", "/") + ".class" not in zipfile.ZipFile(sys.argv[1]).namelist())' \
  /opt/clausewise/lib/app/clausewise.jar "$wm_class"
# the bundled corpus, byte for byte, where the launcher tells the app to look
diff -r corpus "$corpus"
grep -qx 'java-options=-Dclausewise.corpus=$APPDIR/corpus' /opt/clausewise/lib/app/Clausewise.cfg
# a trimmed runtime: no compiler, no jdk tools
test ! -e /opt/clausewise/lib/runtime/bin/javac
test ! -e /opt/clausewise/lib/runtime/jmods
# no developer tools: neither the bench jar nor a bench class in the app jar
test ! -e /opt/clausewise/lib/app/clausewise-bench.jar
python3 -c 'import sys, zipfile; bad = [n for n in zipfile.ZipFile(sys.argv[1]).namelist() if n.endswith("Bench.class")]; sys.exit("bench classes installed: %s" % bad if bad else 0)' \
  /opt/clausewise/lib/app/clausewise.jar
work=$(mktemp -d)
find /opt/clausewise | sort > "$work/installed-files.txt"
shot="$work/comparison.png"
# Everything the app may write goes to the user's config folder: a fresh one here.
mkdir -p "$work/config"
# The command line through the installed launcher and its trimmed runtime: no display, no JDK.
env -i HOME="$HOME" PATH=/nonexistent "$launcher" parse "$corpus/A-RES-69-179.txt" --json > "$work/parse.json"
python3 -c 'import json, sys; d = json.load(open(sys.argv[1]));
assert (d["symbol"], d["session"], d["kind"]) == ("A/RES/69/179", 69, "resolution"), d["symbol"]
assert len(d["operative"]) >= 10, len(d["operative"])' "$work/parse.json"
env -i HOME="$HOME" PATH=/nonexistent "$launcher" compare "$corpus/A-RES-61-168.txt" "$corpus/A-RES-69-179.txt" \
  --pdf "$work/comparison.pdf"
test "$(head -c 5 "$work/comparison.pdf")" = "%PDF-"
test "$(stat -c %s "$work/comparison.pdf")" -gt 10000
# bench is a developer tool: the installed app says so, in its help and with the usage code
env -i HOME="$HOME" PATH=/nonexistent "$launcher" bench --help > "$work/bench.help"
grep -q 'part of the developer build' "$work/bench.help"
status=0
env -i HOME="$HOME" PATH=/nonexistent "$launcher" bench compare 2> "$work/bench.err" || status=$?
test "$status" -eq 2
grep -q '^clausewise: benchmarks are part of the developer build' "$work/bench.err"
# a screenshot with no display at all: the installed app switches to Monocle headless by itself
env -i HOME="$HOME" XDG_CONFIG_HOME="$work/config" PATH=/nonexistent /usr/bin/timeout 300 "$launcher" gui \
  --screenshot "$work/headless.png" --left "$corpus/A-RES-61-168.txt" --right "$corpus/A-RES-69-179.txt"
python3 packaging/ci/check-screenshot.py "$work/headless.png"

# env -i: no JAVA_HOME and no PATH to any JDK; only the display that xvfb-run made. The first
# argument is a time limit in seconds (timeout exits 124 when it had to stop the app).
run_installed() {
  xvfb-run -a --server-args="-screen 0 1600x1000x24" sh -c \
    'exec env -i DISPLAY="$DISPLAY" XAUTHORITY="$XAUTHORITY" HOME="$HOME" XDG_CONFIG_HOME="$0" PATH=/nonexistent /usr/bin/timeout "$@"' \
    "$work/config" "$@"
}

run_installed 300 "$launcher" gui --screenshot "$shot" \
  --left "$corpus/A-RES-61-168.txt" --right "$corpus/A-RES-69-179.txt"
python3 packaging/ci/check-screenshot.py "$shot"

# The window opened with no arguments (the menu entry's command) must still be up after 15 s.
status=0
run_installed 15 "$launcher" || status=$?
test "$status" -eq 124

# Nothing written inside the install folder, neither by the screenshot run nor by the window.
find /opt/clausewise | sort | diff "$work/installed-files.txt" -

dpkg -r clausewise
test ! -e /opt/clausewise
test ! -e "$entry"
dpkg --purge clausewise
rm -rf "$work"
echo "installer: built, installed, launched, screenshot checked, removed"
