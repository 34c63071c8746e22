#!/usr/bin/env bash
# The wall benchmark: on the same pontive-camsim sub-streams, in interleaved rounds,
#   floor   rtspsrc ! depay ! parse ! avdec_h264 max-threads=1 ! appsink, frames counted
#   wall    the stream engine (decode, scale to the tile, then BGRx, latest-wins slot) with every
#           frame painted 1:1 into its tile of a 1920x1080 canvas (pontive-media-bench --paint)
# at 4x4 (480x270 tiles) and 8x8 (240x135), as CPU seconds per stream-second and the ratio
# to the floor; frames shown / received; resident memory per tile; time to first frame
# after a layout switch (the wall rebuilt on other cameras, p50/p95, with its phases:
# RTSP set up, first data); and the added latency: the live /latency stream's stamped
# send time read on the GUI thread minus the same read straight out of a bare decoder.
# mpv (make bench installs it) is the peer: one process per stream, --vo=x11 on an Xvfb
# display started here when there is none, one decoding thread like the engine; its CPU
# is the client's, the X server's share printed beside it (the engine's numbers carry
# no X server: it paints into memory).
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

# CPU of the mpv processes per stream-second; the X server's CPU per stream-second in the
# same window goes to $xserver_share.
xserver_share=0
mpv_round() { # streams WxH
  local n=$1 geometry=$2 pids=() a=0 b=0 xa=0 xb=0
  for url in "${urls[@]:0:$n}"; do
    mpv --no-config --really-quiet --no-audio --vo=x11 --vd-lavc-threads=1 --rtsp-transport=tcp \
      --geometry="$geometry" "$url" >/dev/null 2>&1 &
    pids+=($!)
  done
  sleep "$warmup"
  for pid in "${pids[@]}"; do a=$(awk -v x="$a" -v y="$(cpu_of "$pid")" 'BEGIN { print x + y }'); done
  [[ -n "$xvfb_pid" ]] && xa=$(cpu_of "$xvfb_pid")
  sleep "$seconds"
  for pid in "${pids[@]}"; do b=$(awk -v x="$b" -v y="$(cpu_of "$pid")" 'BEGIN { print x + y }'); done
  [[ -n "$xvfb_pid" ]] && xb=$(cpu_of "$xvfb_pid")
  xserver_share=$(awk -v a="$xa" -v b="$xb" -v n="$n" -v s="$seconds" 'BEGIN { printf "%.5f", (b - a) / (n * s) }')
  kill "${pids[@]}" 2>/dev/null || true; wait "${pids[@]}" 2>/dev/null || true
  awk -v a="$a" -v b="$b" -v n="$n" -v s="$seconds" 'BEGIN { printf "%.5f\n", (b - a) / (n * s) }'
}

# The floor in-process (pontive-media-bench --floor: rtspsrc ! rtph264depay ! h264parse !
# avdec_h264 max-threads=1 ! appsink per stream, nothing else), so its decoded frames are
# counted: a floor that could not keep up would flatter every ratio.
floor_frames=0
floor_round() { # streams
  local out
  out=$("$engine" --floor --warmup "$warmup" --seconds "$seconds" "${urls[@]:0:$1}" 2>/dev/null)
  floor_frames=$(field frames_in "$out")
  field cpu_per_stream_second "$out"
}

wall_round() { # streams tile
  local n=$1
  "$engine" --warmup "$warmup" --seconds "$seconds" --size "$2" --paint --switches 3 \
    --switch-pool "$(join "${urls[@]:$n}")" "${urls[@]:0:$n}" 2>/dev/null
}

have_mpv=0
xvfb_pid=
if command -v mpv >/dev/null; then
  if [[ -z "${DISPLAY:-}" ]] && command -v Xvfb >/dev/null; then
    exec {displayfd}<> <(:)
    Xvfb -displayfd "$displayfd" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    read -r -t 10 -u "$displayfd" display || true
    [[ -n "${display:-}" ]] && export DISPLAY=":$display"
    trap 'kill $camsim_pid $xvfb_pid 2>/dev/null || true; rm -f "$log"' EXIT
  elif [[ -n "${DISPLAY:-}" ]]; then
    xvfb_pid=$(pgrep -x Xvfb | head -1 || true)
  fi
  [[ -n "${DISPLAY:-}" ]] && have_mpv=1
fi

printf '%-5s %-6s %-6s %-10s %-7s %-8s %-8s %-12s %s\n' grid round path cpu/str-s ratio shown% MiB/tile switch_p50/95 notes
for grid in 4x4:16:480x270 8x8:64:240x135; do
  IFS=: read -r name n tile <<<"$grid"
  for r in $(seq 1 "$rounds"); do
    floor_round "$n" >/tmp/pontive-floor-round.$$
    f=$(cat /tmp/pontive-floor-round.$$); rm -f /tmp/pontive-floor-round.$$
    floor_shown=$(awk -v s="$floor_frames" -v n="$n" -v t="$seconds" 'BEGIN { printf "%.1f", 100 * s / (25 * n * t) }')
    printf '%-5s %-6s %-6s %-10s %-7s %-8s %-8s %-12s %s\n' "$name" "$r" floor "$f" 1.00 "$floor_shown" - - \
      "bare rtspsrc ! depay ! parse ! avdec_h264 max-threads=1 ! appsink (decoded %)"
    e=$(wall_round "$n" "$tile")
    ecpu=$(field cpu_per_stream_second "$e")
    # Shown over sent: camsim sends 25 frames per second on every stream.
    shown=$(awk -v s="$(field frames_shown "$e")" -v n="$n" -v t="$seconds" 'BEGIN { printf "%.1f", 100 * s / (25 * n * t) }')
    ratio=$(awk -v f="$f" -v e="$ecpu" 'BEGIN { if (f > 0) printf "%.2f", e / f }')
    printf '%-5s %-6s %-6s %-10s %-7s %-8s %-8s %-12s %s\n' "$name" "$r" wall "$ecpu" "${ratio}x" "$shown" \
      "$(field rss_mib_per_stream "$e")" "$(field switch_ttff_p50_ms "$e")/$(field switch_ttff_p95_ms "$e")ms" \
      "GUI gap $(field max_loop_gap_ms "$e") ms (on CPU $(field gap_on_cpu_ms "$e"), waiting $(field gap_waiting_ms "$e"), blocked $(field gap_blocked_ms "$e"); $(field gaps_over_50ms "$e") gaps > 50 ms); switch: set-up p50 $(field switch_setup_p50_ms "$e") ms, first data p50 $(field switch_data_p50_ms "$e") ms"
    if (( have_mpv )); then
      mpv_round "$n" "$tile" >/tmp/pontive-mpv-round.$$
      m=$(cat /tmp/pontive-mpv-round.$$); rm -f /tmp/pontive-mpv-round.$$
      printf '%-5s %-6s %-6s %-10s %-7s %-8s %-8s %-12s %s\n' "$name" "$r" mpv "$m" \
        "$(awk -v f="$f" -v m="$m" 'BEGIN { if (f > 0) printf "%.2fx", m / f }')" - - - \
        "mpv --vo=x11 one per stream; wall/mpv $(awk -v e="$ecpu" -v m="$m" 'BEGIN { if (m > 0) printf "%.2fx", e / m }') (target <= 0.6x); X server +$xserver_share cpu/str-s"
    fi
  done
done
(( have_mpv )) || echo "mpv: not compared (not installed or no X display; not a bench dependency)"

l=$("$engine" --warmup 3 --seconds 10 --size 320x180 --latency --latency-floor "rtsp://127.0.0.1:$port/latency" 2>/dev/null)
lp50=$(field latency_p50_ms "$l"); fp50=$(field floor_latency_p50_ms "$l")
echo "latency camsim -> frame on the GUI thread: p50 $lp50 ms, p95 $(field latency_p95_ms "$l") ms" \
  "($(field latency_samples "$l") frames; includes camsim's live x264 encode and its send pacing)"
echo "latency camsim -> bare decoder (floor, same run): p50 $fp50 ms, p95 $(field floor_latency_p95_ms "$l") ms"
echo "added latency of the engine (p50 - floor p50): $(awk -v a="$lp50" -v b="$fp50" 'BEGIN { print a - b }') ms (target <= 5 ms)"
