#!/usr/bin/env bash
# The window's figures (issue 3), measured under Xvfb with SDL's dummy audio driver unless a sound
# card is there: start-up to first frame, frame times, time from a caller line's event to its first
# sample taken by the SDL audio callback (with the buffer size), the longest frame just after a
# voice is first used, idle CPU on the call screen and the results screen, peak memory, and the
# espeak-ng command's own time to first audio for comparison. Then the frame time of the call screen
# with a 500-turn transcript (bench_ui_frames). Numbers, not pass/fail.
#   [OLD=DIR] [STARTUP_RUNS=N] [LOAD=N] bench/bench_ui_window.sh [BUILD_DIR]
# OLD: a built tree of an older callsim, measured in the same run as a baseline (start-up in turn
# with this one, frames right after). LOAD: the frame bench is run a second time with N busy loops
# beside it (a controlled load: N = the cores makes every frame compete for a core, as on a busy
# desk machine), for this build and OLD alike, in turn.
set -u
build=${1:-build}
cd "$(dirname "$0")/.."
for t in Xvfb xdotool xdpyinfo; do
  command -v $t >/dev/null 2>&1 || { echo "# window bench skipped: $t is not installed"; exit 0; }
done
tmp=$(mktemp -d /tmp/callsim-uibench.XXXXXX)
. tests/lib/xvfb.sh
start_xvfb /dev/null
disp=$DISP xpid=$XPID
app= busy=
cleanup() { [ -n "$app" ] && kill "$app" 2>/dev/null; for p in $busy; do kill "$p" 2>/dev/null; done; kill "$xpid" 2>/dev/null; wait 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT INT TERM
for _ in $(seq 20); do xdpyinfo -display $disp >/dev/null 2>&1 && break; sleep 0.3; done
export DISPLAY=$disp
[ -e /dev/snd/pcmC0D0p ] || export SDL_AUDIODRIVER=${SDL_AUDIODRIVER:-dummy}

# CPU seconds (utime + stime) of a process, from /proc/PID/stat
cpu_s() { awk -v hz="$(getconf CLK_TCK)" '{ print ($14 + $15) / hz }' "/proc/$1/stat"; }
idle_cpu() { # pid seconds → percent of one core
  local a b; a=$(cpu_s "$1"); sleep "$2"; b=$(cpu_s "$1")
  awk -v a="$a" -v b="$b" -v s="$2" 'BEGIN { printf "%.2f", (b - a) * 100 / s }'
}

echo "# window: bench/bench_ui_voice.lua under Xvfb (audio driver: ${SDL_AUDIODRIVER:-default}), 2 cores"
CALLSIM_BENCH="$tmp/bench.log" "$build/callsim" play bench/bench_ui_voice.lua --db "$tmp/b.db" >"$tmp/app.log" 2>&1 &
app=$!
win=
for _ in $(seq 80); do
  win=$(xdotool search --onlyvisible --name callsim 2>/dev/null | head -n 1)
  [ -n "$win" ] && break
  sleep 0.1
done
[ -n "$win" ] || { echo "# window bench: the window did not open"; cat "$tmp/app.log"; exit 0; }
xdotool windowactivate --sync "$win" 2>/dev/null
sleep 1
xdotool key F9
sleep 13                                   # four lines and their pauses
echo "window_idle_cpu_call_screen_pct $(idle_cpu $app 10)"
sleep 6                                    # the reply times out, the caller hangs up, results show
echo "window_idle_cpu_results_pct $(idle_cpu $app 10)"
echo "window_peak_rss_kb $(awk '/VmHWM/ { print $2 }' /proc/$app/status)"
xdotool key Escape Return                  # Esc on the results asks before closing; Enter: 退出
t0=$(date +%s%N)
wait "$app" 2>/dev/null
t1=$(date +%s%N)
app=
echo "window_close_ms $(( (t1 - t0) / 1000000 ))"
sed 's/^/window_/' "$tmp/bench.log" | grep -v '^window_voice_event'
grep '^voice_event' "$tmp/bench.log" | awk '{ v[NR] = $2; s = s sprintf(" %.1f", $2) }
  END { if (NR) printf "window_voice_event_to_first_sample_ms%s (lines: cmn, yue, en-us, cmn)\n", s }'

# Start-up to the first frame, several runs (one run above is one sample of a noisy machine): the
# median, min and max of RUNS runs (STARTUP_RUNS, default 9). With OLD=DIR (a built tree of an older
# callsim) the two are started in turn, old then new, so both see the same load.
startup_once() { # tree → ms from cmd_window's start to the first frame drawn, or nothing
  local log="$tmp/startup.log" p w
  rm -f "$log"
  (cd "$1" && CALLSIM_BENCH="$log" exec "$build/callsim" play bench/bench_ui_voice.lua --db "$tmp/s.db") >/dev/null 2>&1 &
  p=$!
  for _ in $(seq 100); do
    w=$(xdotool search --onlyvisible --name callsim 2>/dev/null | head -n 1)
    [ -n "$w" ] && break
    sleep 0.05
  done
  sleep 0.5
  kill -TERM "$p" 2>/dev/null; sleep 0.3; kill -TERM "$p" 2>/dev/null  # mid-call: asks, then closes
  wait "$p" 2>/dev/null
  rm -f "$tmp"/s.db*
  [ -s "$log" ] && awk '$1 == "startup_to_first_frame_ms" { print $2 }' "$log"
}
summary() { sort -n | awk '{ v[NR] = $1 } END { if (NR) printf "median %.1f min %.1f max %.1f (%d runs)", v[int((NR + 1) / 2)], v[1], v[NR], NR }'; }
runs=${STARTUP_RUNS:-9}
here=$(pwd)
: >"$tmp/new.ms"; : >"$tmp/old.ms"
for _ in $(seq "$runs"); do
  [ -n "${OLD:-}" ] && [ -x "$OLD/$build/callsim" ] && startup_once "$OLD" >>"$tmp/old.ms"
  startup_once "$here" >>"$tmp/new.ms"
done
echo "window_startup_to_first_frame_ms $(summary <"$tmp/new.ms")"
[ -s "$tmp/old.ms" ] && echo "window_old_startup_to_first_frame_ms $(summary <"$tmp/old.ms")  ($OLD)"

echo "# espeak-ng command: time to the first 4 KB of audio on stdout (process start + voice load + synthesis)"
if command -v espeak-ng >/dev/null 2>&1; then
  for v in cmn-latn-pinyin yue en-us; do
    best=
    for _ in 1 2 3 4 5; do
      a=$(date +%s%N)
      espeak-ng -v "$v" --stdout "你好，我想问一下这个月的话费。" 2>/dev/null | head -c 4096 >/dev/null
      b=$(date +%s%N)
      ms=$(( (b - a) / 1000000 ))
      [ -z "$best" ] || [ "$ms" -lt "$best" ] && best=$ms
    done
    echo "espeak_ng_cli_first_audio_ms_${v} $best (best of 5)"
  done
else
  echo "# espeak-ng command not installed"
fi

echo "# call screen with a 500-turn transcript (bench_ui_frames, renderer as the window picks it)"
frames_both() { # prefix: this build, then OLD right after
  "$build/bench/bench_ui_frames" 600 | sed "s/^/$1/"
  if [ -n "${OLD:-}" ] && [ -x "$OLD/$build/bench/bench_ui_frames" ]; then
    echo "# the same, OLD=$OLD, right after"
    (cd "$OLD" && "$build/bench/bench_ui_frames" 600) | sed "s/^/old_$1/"
  fi
}
if [ -x "$build/bench/bench_ui_frames" ]; then
  frames_both ""
  if [ "${LOAD:-0}" -gt 0 ]; then
    echo "# the same with $LOAD busy loops beside it (load_ prefix)"
    for _ in $(seq "$LOAD"); do (while :; do :; done) & busy="$busy $!"; done
    frames_both load_
    for p in $busy; do kill "$p" 2>/dev/null; done
    busy=
  fi
else
  echo "# $build/bench/bench_ui_frames not built (make bench)"
fi
