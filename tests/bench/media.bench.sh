#!/usr/bin/env bash
# The wall benchmark: on the same pontive-camsim sub-streams, in interleaved rounds,
#   floor   gst-launch-1.0 rtspsrc ! depay ! parse ! avdec_h264 max-threads=1 ! fakesink
#   wall    the stream engine (decode, scale to the tile, BGRx, latest-wins slot) with every
#           frame painted 1:1 into its tile of a 1920x1080 canvas (pontive-media-bench --paint)
# at 4x4 (480x270 tiles) and 8x8 (240x135), as CPU seconds per stream-second and the ratio
# to the floor; frames shown / received; resident memory per tile; time to first frame
# after a layout switch (the wall rebuilt on other cameras, p50/p95); and the added
# latency camsim -> decoded frame read from the live /latency stream's stamped send time.
# mpv is not a bench dependency: when installed it is reported as a peer.
# Usage: tests/bench/media.bench.sh BUILD_DIR [ROUNDS=2] [SECONDS=15]
# CAMSIM_ARGS adds simulator options (default: 4 shared clips, so a first run encodes
# little).
set -euo pipefail
build=${1:?usage: media.bench.sh BUILD_DIR [rounds] [seconds]}
rounds=${2:-2}
seconds=${3:-15}
warmup=5
cameras=80
camsim="$build/app/camsim/pontive-camsim"
engine="$build/tests/bench/pontive-media-bench"
if [[ ! -x "$camsim" || ! -x "$engine" ]]; then
  echo "media bench skipped: pontive-camsim or pontive-media-bench not built"
  exit 0
fi

log=$(mktemp)
# shellcheck disable=SC2086
"$camsim" --cameras "$cameras" --port 0 --h265-every 0 ${CAMSIM_ARGS:---clip-variants 4} >"$log" 2>&1 &
camsim_pid=$!
trap 'kill $camsim_pid 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 1800); do grep -q 'ready port=' "$log" && break; sleep 1; done
port=$(grep -o 'ready port=[0-9]*' "$log" | cut -d= -f2)
[[ -n "$port" ]] || { echo "camsim did not start" >&2; cat "$log" >&2; exit 1; }

urls=()
for n in $(seq 1 "$cameras"); do urls+=("rtsp://127.0.0.1:$port/cam/$(printf %03d "$n")/sub"); done
join() { local IFS=,; echo "$*"; }

clock_ticks=$(getconf CLK_TCK)
cpu_of() { awk -v t="$clock_ticks" '{ print ($14 + $15) / t }' "/proc/$1/stat"; }
field() { sed -n "s/.*$1=\([0-9.e+-]*\).*/\1/p" <<<"$2"; }

# CPU of a decoder process per stream-second: gst-launch (floor) or mpv (peer).
process_round() { # kind streams
  local kind=$1 n=$2 pids=() a=0 b=0
  if [[ $kind == floor ]]; then
    local pipeline=()
    for url in "${urls[@]:0:$n}"; do
      pipeline+=(rtspsrc "location=$url" protocols=tcp latency=200 ! rtph264depay ! h264parse !
                 avdec_h264 max-threads=1 ! fakesink sync=false)
    done
    gst-launch-1.0 -q "${pipeline[@]}" >/dev/null 2>&1 & pids+=($!)
  else
    for url in "${urls[@]:0:$n}"; do
      mpv --no-config --really-quiet --vo=x11 --rtsp-transport=tcp --geometry=240x135 "$url" >/dev/null 2>&1 &
      pids+=($!)
    done
  fi
  sleep "$warmup"
  for pid in "${pids[@]}"; do a=$(awk -v x="$a" -v y="$(cpu_of "$pid")" 'BEGIN { print x + y }'); done
  sleep "$seconds"
  for pid in "${pids[@]}"; do b=$(awk -v x="$b" -v y="$(cpu_of "$pid")" 'BEGIN { print x + y }'); done
  kill "${pids[@]}" 2>/dev/null || true; wait "${pids[@]}" 2>/dev/null || true
  awk -v a="$a" -v b="$b" -v n="$n" -v s="$seconds" 'BEGIN { printf "%.5f\n", (b - a) / (n * s) }'
}

wall_round() { # streams tile
  local n=$1
  "$engine" --warmup "$warmup" --seconds "$seconds" --size "$2" --paint --switches 3 \
    --switch-pool "$(join "${urls[@]:$n}")" "${urls[@]:0:$n}" 2>/dev/null
}

have_mpv=0
command -v mpv >/dev/null && [[ -n "${DISPLAY:-}" ]] && have_mpv=1

printf '%-5s %-6s %-6s %-10s %-7s %-8s %-8s %-12s %s\n' grid round path cpu/str-s ratio shown% MiB/tile switch_p50/95 notes
for grid in 4x4:16:480x270 8x8:64:240x135; do
  IFS=: read -r name n tile <<<"$grid"
  for r in $(seq 1 "$rounds"); do
    f=$(process_round floor "$n")
    printf '%-5s %-6s %-6s %-10s %-7s %-8s %-8s %-12s %s\n' "$name" "$r" floor "$f" 1.00 - - - \
      "gst-launch avdec_h264 max-threads=1 ! fakesink"
    e=$(wall_round "$n" "$tile")
    ecpu=$(field cpu_per_stream_second "$e")
    shown=$(awk -v i="$(field frames_in "$e")" -v s="$(field frames_shown "$e")" 'BEGIN { if (i > 0) printf "%.1f", 100 * s / i }')
    ratio=$(awk -v f="$f" -v e="$ecpu" 'BEGIN { if (f > 0) printf "%.2f", e / f }')
    printf '%-5s %-6s %-6s %-10s %-7s %-8s %-8s %-12s %s\n' "$name" "$r" wall "$ecpu" "${ratio}x" "$shown" \
      "$(field rss_mib_per_stream "$e")" "$(field switch_ttff_p50_ms "$e")/$(field switch_ttff_p95_ms "$e")ms" \
      "gap $(field max_loop_gap_ms "$e") ms"
    if (( have_mpv )); then
      m=$(process_round mpv "$n")
      printf '%-5s %-6s %-6s %-10s %-7s %s\n' "$name" "$r" mpv "$m" \
        "$(awk -v f="$f" -v m="$m" 'BEGIN { if (f > 0) printf "%.2fx", m / f }')" "mpv --vo=x11, one per stream"
    fi
  done
done
(( have_mpv )) || echo "mpv: not compared (not installed or no X display; not a bench dependency)"

l=$("$engine" --warmup 3 --seconds 10 --size 320x180 --latency "rtsp://127.0.0.1:$port/latency" 2>/dev/null)
echo "latency camsim -> decoded frame: p50 $(field latency_p50_ms "$l") ms, p95 $(field latency_p95_ms "$l") ms" \
  "($(field latency_samples "$l") frames; includes camsim's live x264 encode and RTSP/RTP on loopback)"
