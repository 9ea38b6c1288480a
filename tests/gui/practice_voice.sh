#!/bin/sh
# Practice records too, for self-review (issue 15), under Xvfb with SDL's "disk" audio driver as the
# microphone: it feeds a known recording (a 440 Hz tone, 16 kHz mono) to the capture device.
#  1. The dummy driver (no microphone): Ctrl+R on the call says once that there is none, the call
#     goes on typed-only, is stored, and no clip is kept.
#  2. The disk driver: Ctrl+R turns recording on; each reply is cut at its Enter and stored with the
#     practice attempt keyed by its turn seq, as the exam's; the debrief shows ▶ 回听 under the
#     recorded replies and P plays them through the window's output (the disk driver's output
#     file carries the tone: level and pitch checked).
# Prints "N passed, N failed" last; skips without Xvfb/xdotool.
# Usage: tests/gui/practice_voice.sh [BUILD_DIR]   (CALLSIM_SHOTS=DIR keeps the screenshots)
set -u
. "$(dirname "$0")/../lib/gui.sh"
need_tools Xvfb xdotool import convert sqlite3 xdpyinfo python3
GUI_STOP=now GUI_KEEP_LOGS=1
gui_start callsim_practice_voice
GOOD=40,160,80
python3 - "$TMP/known.raw" <<'PY'
import math, struct, sys
rate, secs = 16000, 300
with open(sys.argv[1], "wb") as f:
    f.write(b"".join(struct.pack("<h", int(8000 * math.sin(2 * math.pi * 440 * i / rate))) for i in range(rate * secs)))
PY

# the same call each time: answered, three typed replies, hung up
call() {
    sleep 1.2
    xdotool key ctrl+r; sleep 0.3
    [ "${1:-}" = twice ] && { xdotool key ctrl+r; sleep 0.3; xdotool key ctrl+r; sleep 0.3; }
    xdotool key F9; sleep 1
    xdotool type --delay 80 "您好，请问有什么可以帮您"; xdotool key Return
    sleep 8
    shot "$2-call"
    xdotool key F4; sleep 0.2; xdotool key Return
    sleep 7
    xdotool type --delay 80 "感谢您的来电，再见"; xdotool key Return
    sleep 4
    xdotool key F12
    sleep 3
}
attempt() { q "select max(id) from attempts"; }
replies() { q "select count(*) from turns where attempt_id = $1 and kind = 'trainee_say'"; }
# a file that never recorded has no voice_clips table at all (voice_store.h)
clips() { if [ "$(q "select count(*) from sqlite_master where name = 'voice_clips'")" = 1 ]; then q "select count(*) from voice_clips where attempt_id = $1"; else echo 0; fi; }
# the y of each ▶ 回听 link in a debrief shot: a short green mark under the reply column with no
# green to its right (the missed standard phrase, also green, runs on across the column)
links() {
    python3 - "$1" <<'PY'
import subprocess, sys
W, H, X0, Y0 = 700, 500, 20, 240
raw = subprocess.run(["convert", sys.argv[1], "-crop", "%dx%d+%d+%d" % (W, H, X0, Y0), "+repage", "-depth", "8", "rgb:-"],
                     capture_output=True).stdout
def green(p): return p[1] > p[0] + 50 and p[1] > p[2] + 30 and abs(p[1] - 160) < 60
rows = []
for y in range(H):
    line = raw[y * W * 3:(y + 1) * W * 3]
    if any(green(line[x * 3:x * 3 + 3]) for x in range(70, 125)) and not any(green(line[x * 3:x * 3 + 3]) for x in range(130, W)):
        rows.append(y + Y0)
groups = []
for y in rows:
    if groups and y - groups[-1][-1] <= 2: groups[-1].append(y)
    else: groups.append([y])
print(" ".join(str((g[0] + g[-1]) // 2) for g in groups if len(g) >= 4))
PY
}
# level and pitch of what the window played since byte offset $2 of the disk driver's output $1
tone_out() {
    python3 - "$1" "$2" <<'PY'
import math, struct, sys
data = open(sys.argv[1], "rb").read()[int(sys.argv[2]) // 2 * 2:]
s = struct.unpack("<%dh" % (len(data) // 2), data[: len(data) // 2 * 2])
rms = math.sqrt(sum(x * x for x in s) / max(1, len(s)))
# pitch by zero crossings over a second from the first loud sample (the output runs at 22050 Hz)
i = next((k for k, x in enumerate(s) if abs(x) > 300), 0); j = min(len(s), i + 22050)
cross = sum(1 for k in range(i + 1, j) if (s[k - 1] < 0) != (s[k] < 0))
hz = cross / 2 / max(1e-9, (j - i) / 22050)
print("rms %.0f, %.0f Hz" % (rms, hz))
sys.exit(0 if rms > 1000 and 400 < hz < 480 else 1)
PY
}

# ---- 1. no microphone -----------------------------------------------------------------------------
LANG=zh_CN.UTF-8 "$BUILD/callsim" play scenarios/angry_caller.lua --lang zh --db "$DB" >"$TMP/app.log" 2>&1 &
APP=$!
find_window
need_window
call twice nomic
shot nomic_debrief
A1=$(attempt)
check "no microphone: the call is stored typed-only" test "$(replies "$A1")" -ge 2
check "no microphone: no clip" test "$(clips "$A1")" = 0
check "no microphone is said once, though asked for three times" test "$(grep -c 'typed only' "$TMP/app.log")" = 1
check "no microphone: nothing else went wrong" test "$(grep -vc 'typed only' "$TMP/app.log")" = 0
check "no microphone: no ▶ 回听 in the debrief" test -z "$(links "$SHOTS/nomic_debrief.png")"
stop_app

# ---- 2. the disk driver as the microphone --------------------------------------------------------
SDL_AUDIODRIVER=disk SDL_DISKAUDIOFILEIN=$TMP/known.raw SDL_DISKAUDIOFILE=$TMP/out.raw LANG=zh_CN.UTF-8 \
    "$BUILD/callsim" play scenarios/angry_caller.lua --lang zh --db "$DB" >"$TMP/app2.log" 2>&1 &
APP=$!
find_window
need_window
call once rec
shot rec_debrief
A2=$(attempt)
N=$(replies "$A2")
check "recording: a new practice attempt ($A2)" test "$A2" != "$A1"
check "recording: one clip per reply ($N replies)" test "$N" -ge 2 -a "$(clips "$A2")" = "$N"
check "recording: each clip is keyed by its reply's turn" test "$(q "select count(*) from voice_clips v join turns t on t.attempt_id = v.attempt_id and t.seq = v.seq where v.attempt_id = $A2 and t.kind = 'trainee_say'")" = "$N"
check "recording: the clips are Ogg Opus, seconds long" test "$(q "select count(*) from voice_clips where attempt_id = $A2 and substr(clip, 1, 4) = cast('OggS' as blob) and seconds > 0.5 and seconds < 20")" = "$N"
LINKS=$(links "$SHOTS/rec_debrief.png")
check "the debrief shows ▶ 回听 under each recorded reply (at y = $LINKS)" test "$(echo $LINKS | wc -w)" = "$N"
Y=$(echo $LINKS | cut -d' ' -f2)
BEFORE=$(stat -c %s "$TMP/out.raw")
[ -n "$Y" ] && xdotool mousemove --sync 106 "$Y" click 1
sleep 2.5
shot rec_playing
check "a click on ▶ 回听 plays the reply's recording: the output carries the 440 Hz tone ($(tone_out "$TMP/out.raw" "$BEFORE"))" tone_out "$TMP/out.raw" "$BEFORE"
sleep 7   # the second clip is about 8 s: let it end, then P from the first
BEFORE=$(stat -c %s "$TMP/out.raw")
xdotool key p; sleep 2.5
check "P plays the recordings in turn: the tone again ($(tone_out "$TMP/out.raw" "$BEFORE"))" tone_out "$TMP/out.raw" "$BEFORE"
check "recording: nothing went wrong on the way" test "$(grep -ci 'error\|failed' "$TMP/app2.log")" = 0
stop_app
finish
