#!/usr/bin/env bash
# Builds the Debian package from the already built tree (cpack runs the install rules,
# it does not rebuild) and checks it: its file list, its dependencies, the validators
# on the files it holds, and lintian (errors fail).
# Usage: check_package.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }

cpack -G DEB -B "$work/out" --config "$build/CPackConfig.cmake" >"$work/cpack.log" 2>&1 \
  || { cat "$work/cpack.log" >&2; fail "cpack"; }
deb=$(find "$work/out" -maxdepth 1 -name '*.deb' -print -quit)
[[ -n "$deb" ]] || fail "cpack made no .deb"
echo "package: $(basename "$deb") ($(du -h "$deb" | cut -f1))"
version=$(dpkg-deb --field "$deb" Version)
[[ "$version" == "$(zcat "$build/packaging/debian/changelog.Debian.gz" | sed -n '1s/.*(\(.*\)).*/\1/p')" ]] \
  || fail "the package's version $version is not the changelog's"

dpkg-deb --contents "$deb" | awk '{print $NF}' | sed 's|^\./|/|' >"$work/files"
want=(
  /usr/bin/pontive-wall /usr/bin/pontivectl /usr/bin/pontive-camsim
  /usr/share/applications/id.pontive.wall.desktop
  /usr/share/metainfo/id.pontive.wall.metainfo.xml
  /usr/share/icons/hicolor/scalable/apps/id.pontive.wall.svg
  /usr/share/man/man1/pontivectl.1.gz /usr/share/man/man1/pontive-wall.1.gz /usr/share/man/man1/pontive-camsim.1.gz
  /usr/lib/systemd/user/pontive-wall-kiosk.service
  /usr/share/doc/pontive-wall/copyright /usr/share/doc/pontive-wall/changelog.Debian.gz
)
for size in 16 22 24 32 48 64 128 256; do
  want+=("/usr/share/icons/hicolor/${size}x${size}/apps/id.pontive.wall.png")
done
for f in "${want[@]}"; do
  grep -qxF "$f" "$work/files" || fail "the package lacks $f"
done
echo "file list: ${#want[@]} expected files present"

# Dependencies computed from the binaries (dpkg-shlibdeps), plus the run-time plugins.
depends=$(dpkg-deb --field "$deb" Depends)
for lib in libqt6widgets6 libqt6sql6 libgstreamer1.0-0 libc6 libqt6sql6-sqlite gstreamer1.0-plugins-good; do
  [[ "$depends" == *"$lib"* ]] || fail "Depends lacks $lib: $depends"
done
echo "depends: $depends"

dpkg-deb --extract "$deb" "$work/root"
file "$work/root/usr/bin/pontive-wall" | grep -q 'stripped' || fail "pontive-wall is not stripped"
file "$work/root/usr/bin/pontive-wall" | grep -q 'not stripped' && fail "pontive-wall is not stripped"
for size in 16 256; do
  file "$work/root/usr/share/icons/hicolor/${size}x${size}/apps/id.pontive.wall.png" | grep -q "$size x $size" \
    || fail "the ${size}px icon is not ${size}x${size}"
done
zcat "$work/root/usr/share/man/man1/pontivectl.1.gz" | grep -q '^\.TH PONTIVECTL 1' || fail "pontivectl.1 is no manual page"
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$work/root/usr/share/applications/id.pontive.wall.desktop" || fail "desktop-file-validate"
  echo "desktop-file-validate: ok"
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net "$work/root/usr/share/metainfo/id.pontive.wall.metainfo.xml" || fail "appstreamcli validate"
fi

if command -v systemd-analyze >/dev/null; then
  # The unit as systemd reads it, pointed at the packaged binary (not installed here).
  mkdir -m 700 "$work/runtime"
  unit="$work/runtime/pontive-wall-kiosk.service"
  sed "s|/usr/bin/pontive-wall|$work/root/usr/bin/pontive-wall|" \
    "$work/root/usr/lib/systemd/user/pontive-wall-kiosk.service" >"$unit"
  XDG_RUNTIME_DIR="$work/runtime" systemd-analyze verify --user --man=no "$unit" || fail "systemd-analyze verify"
  echo "systemd-analyze verify: ok"
fi

if command -v lintian >/dev/null; then
  # Errors fail; warnings and information are printed for the record.
  lintian --fail-on error --tag-display-limit 0 "$deb" >"$work/lintian.log" 2>&1 || status=$?
  cat "$work/lintian.log"
  echo "lintian: $(grep -c '^E:' "$work/lintian.log" || true) errors, $(grep -c '^W:' "$work/lintian.log" || true) warnings"
  [[ ${status:-0} -eq 0 ]] || fail "lintian found errors"
else
  echo "lintian not installed: skipped"
fi
echo "package ok"
