#!/usr/bin/env bash
# Installs the Debian 12 packages Pontive Wall needs to build, test and run.
# Idempotent: each package is checked with dpkg first; apt-get runs only for the
# missing ones (and `apt-get update` once, because a fresh machine has empty lists).
# Usage: packaging/install-deps.sh [build|test|demo|bench|fuzz|all]   (default: all)
set -euo pipefail

build_pkgs=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-charts-dev libqt6opengl6-dev qt6-multimedia-dev qt6-svg-dev libqt6svg6
  libqt6sql6-sqlite libqt6sql6-psql libgl-dev libxkbcommon-dev
  libgstreamer1.0-dev libgstreamer-plugins-base1.0-dev libgstrtspserver-1.0-dev
  gsoap libgsoap-dev libssl-dev zlib1g-dev
  catch2 libsdl2-dev qtkeychain-qt6-dev libical-dev
  dpkg-dev librsvg2-bin file
)
runtime_pkgs=(
  gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-plugins-bad
  gstreamer1.0-plugins-ugly gstreamer1.0-libav gstreamer1.0-tools
  gstreamer1.0-x fonts-dejavu-core
)
test_pkgs=(
  postgresql postgresql-common xvfb xauth
  lintian desktop-file-utils appstream
  poppler-utils
)

fuzz_pkgs=(clang-14 libclang-rt-14-dev)

what=${1:-all}
case "$what" in
  build) want=("${build_pkgs[@]}") ;;
  demo)  want=("${build_pkgs[@]}" "${runtime_pkgs[@]}" xvfb xauth) ;;
  test|all) want=("${build_pkgs[@]}" "${runtime_pkgs[@]}" "${test_pkgs[@]}") ;;
  # mpv is the peer the wall benchmark compares with, on an Xvfb display.
  bench) want=("${build_pkgs[@]}" "${runtime_pkgs[@]}" "${test_pkgs[@]}" mpv xvfb xauth) ;;
  fuzz) want=("${fuzz_pkgs[@]}") ;;
  *) echo "usage: $0 [build|test|demo|bench|fuzz|all]" >&2; exit 2 ;;
esac

missing=()
for p in "${want[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done

if ((${#missing[@]} == 0)); then
  echo "install-deps: all ${#want[@]} packages present"
  exit 0
fi

sudo=()
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "install-deps: not root and no sudo; install: ${missing[*]}" >&2; exit 1; }
  sudo=(sudo)
fi
echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
