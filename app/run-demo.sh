#!/usr/bin/env bash
# make demo: the demo city in a store of its own, pontive-camsim serving its cameras on
# loopback, and pontive-wall on it. Without a display the wall runs on a virtual one
# (Xvfb) for a while, leaves a screenshot, and stops.
set -euo pipefail
build=${1:-build}
demo_dir=${2:-$HOME/.local/share/pontive-wall-demo}
cd "$(dirname "$0")/.."
mkdir -p "$demo_dir"
db="sqlite://$demo_dir/demo.db"
ctl="$build/app/pontivectl/pontivectl"
wall="$build/app/wall/pontive-wall"
camsim="$build/app/camsim/pontive-camsim"

if [[ ! -s "$demo_dir/demo.db" ]]; then
  "$ctl" --database "$db" init
  "$ctl" --database "$db" demo
fi
"$ctl" --database "$db" report summary | head -14

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

if [[ -x "$camsim" ]]; then
  echo "demo: pontive-camsim serves the demo city on rtsp://127.0.0.1:18554 (log: $demo_dir/camsim.log)"
  "$camsim" --from-store "$db" --clip-variants 8 --onvif-port 18080 >"$demo_dir/camsim.log" 2>&1 &
  pids+=($!)
  # The first start encodes the clips once (a minute or two); the wall waits for them.
  for _ in $(seq 1 600); do
    grep -q "ready port=" "$demo_dir/camsim.log" 2>/dev/null && break
    kill -0 "${pids[-1]}" 2>/dev/null || { echo "demo: pontive-camsim stopped:"; tail -5 "$demo_dir/camsim.log"; exit 1; }
    sleep 0.5
  done
  echo "demo: $(grep -o 'ready port=.*' "$demo_dir/camsim.log")"
fi

if [[ -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" ]]; then
  "$wall" --database "$db"
else
  seconds=${PONTIVE_DEMO_SECONDS:-20}
  display=:$(( 90 + RANDOM % 9 ))
  echo "demo: no display; running the wall on virtual display $display for $seconds s"
  Xvfb "$display" -screen 0 1920x1080x24 >/dev/null 2>&1 &
  pids+=($!)
  sleep 1
  DISPLAY=$display "$wall" --database "$db" &
  pids+=($!)
  sleep "$seconds"
  if command -v import >/dev/null; then
    DISPLAY=$display import -window root "$demo_dir/screenshot.png" && echo "demo: screenshot in $demo_dir/screenshot.png"
  elif command -v xwd >/dev/null; then
    DISPLAY=$display xwd -root -silent >"$demo_dir/screenshot.xwd" && echo "demo: screenshot in $demo_dir/screenshot.xwd"
  fi
fi
