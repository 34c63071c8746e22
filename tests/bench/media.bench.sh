#!/usr/bin/env bash
# The media benchmark: decode floor (gst-launch, same decoder settings, into fakesink)
# versus the stream engine (decode, scale to the tile, BGRx, latest-wins slot) on the
# same pontive-camsim sub-streams, in interleaved rounds, as CPU seconds per
# stream-second and ratios. Painting is not measured here (no wall UI yet).
# Usage: tests/bench/media.bench.sh BUILD_DIR [STREAMS=16] [ROUNDS=2] [SECONDS=20]
# CAMSIM_ARGS adds simulator options (default: 4 shared clips, so a first run encodes
# little).
set -euo pipefail
build=${1:?usage: media.bench.sh BUILD_DIR [streams] [rounds] [seconds]}
streams=${2:-16}
rounds=${3:-2}
seconds=${4:-20}
warmup=5
camsim="$build/app/camsim/pontive-camsim"
engine="$build/tests/bench/pontive-media-bench"
if [[ ! -x "$camsim" || ! -x "$engine" ]]; then
  echo "media bench skipped: pontive-camsim or pontive-media-bench not built"
  exit 0
fi

log=$(mktemp)
# shellcheck disable=SC2086
"$camsim" --cameras "$streams" --port 0 --h265-every 0 ${CAMSIM_ARGS:---clip-variants 4} >"$log" 2>&1 &
camsim_pid=$!
trap 'kill $camsim_pid 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 1800); do grep -q 'ready port=' "$log" && break; sleep 1; done
port=$(grep -o 'ready port=[0-9]*' "$log" | cut -d= -f2)
[[ -n "$port" ]] || { echo "camsim did not start" >&2; cat "$log" >&2; exit 1; }

urls=()
for n in $(seq 1 "$streams"); do urls+=("rtsp://127.0.0.1:$port/cam/$(printf %03d "$n")/sub"); done

clock_ticks=$(getconf CLK_TCK)
cpu_of() { awk -v t="$clock_ticks" '{ print ($14 + $15) / t }' "/proc/$1/stat"; }

floor_round() {
  local pipeline=()
  for url in "${urls[@]}"; do
    pipeline+=(rtspsrc "location=$url" protocols=tcp latency=200 ! rtph264depay ! h264parse !
               avdec_h264 max-threads=1 ! fakesink sync=false)
  done
  gst-launch-1.0 -q "${pipeline[@]}" >/dev/null 2>&1 &
  local pid=$!
  sleep "$warmup"; local a; a=$(cpu_of $pid)
  sleep "$seconds"; local b; b=$(cpu_of $pid)
  kill $pid; wait $pid 2>/dev/null || true
  awk -v a="$a" -v b="$b" -v n="$streams" -v s="$seconds" 'BEGIN { printf "%.5f\n", (b - a) / (n * s) }'
}

engine_round() {
  "$engine" --warmup "$warmup" --seconds "$seconds" --size 320x180 "${urls[@]}" 2>/dev/null
}

printf '%-6s %-10s %-22s %s\n' round path cpu_s_per_stream_s notes
for r in $(seq 1 "$rounds"); do
  f=$(floor_round)
  printf '%-6s %-10s %-22s %s\n' "$r" floor "$f" "gst-launch avdec_h264 max-threads=1 ! fakesink"
  e=$(engine_round)
  ecpu=$(sed -n 's/.*cpu_per_stream_second=\([0-9.e-]*\).*/\1/p' <<<"$e")
  printf '%-6s %-10s %-22s %s\n' "$r" engine "$ecpu" "$e"
  awk -v f="$f" -v e="$ecpu" -v r="$r" 'BEGIN { if (f > 0) printf "%-6s %-10s %.2fx of the decode floor\n", r, "ratio", e / f }'
done
