#!/bin/sh
# The spoken part of the exam end to end (issue 15) under Xvfb, with SDL's "disk" audio driver as
# the microphone: it feeds a known recording (a 440 Hz tone, 16 kHz mono) to the capture device.
#  1. A paper that requires recording, on a PC without a microphone (the dummy driver): the
#     sitting is refused with one clear message and nothing begins.
#  2. With the disk driver: the candidate's replies are captured while they are typed, each cut at
#     its Enter, compressed (Ogg Opus) and stored with the attempt keyed by the turn's seq; the
#     recordings decode to the tone (level, length); `exam listen` writes them; the panel plays them
#     back from the scoring screen (F5) and the review screen (the window's output, also a disk
#     file, carries it); signing
#     covers the clips' hashes; verify is clean, and a clip changed by SQL is caught.
# Prints "N passed, N failed" last; skips without Xvfb/xdotool.
# Usage: tests/gui/exam_voice.sh [BUILD_DIR]   (CALLSIM_SHOTS=DIR keeps the screenshots)
set -u
. "$(dirname "$0")/../lib/gui.sh"
exam_gui_start callsim_exam_voice_gui python3
PAPER=$TMP/voice.paper
sed 's/^seed .*/&\nrecording required/' tests/fixtures/short.paper >"$PAPER"
python3 - "$TMP/known.raw" <<'PY'
import math, struct, sys
rate, secs = 16000, 300
with open(sys.argv[1], "wb") as f:
    f.write(b"".join(struct.pack("<h", int(8000 * math.sin(2 * math.pi * 440 * i / rate))) for i in range(rate * secs)))
PY

# ---- 1. recording required, no microphone ------------------------------------------------------
LANG=zh_CN.UTF-8 "$BUILD/callsim" exam --db "$DB" --paper "$PAPER" >>"$TMP/app.log" 2>&1 &
APP=$!
find_window
sleep 0.5
need_window
exam_panel
add_candidate 2025001 "张三"
key s; sleep 1
shot refused_no_mic
check "no sitting begins without the microphone the paper requires" test "$(q 'select count(*) from exam_attempts')" = 0
check "no microphone is said once" test "$(grep -c 'replies are typed only' "$TMP/app.log")" = 1
key Escape
wait_exit 20 0.25 || stop_app 2   # a window left on another screen after a failed step must not hang the suite
wait "$APP" 2>/dev/null; APP=

# ---- 2. the disk driver as the microphone ------------------------------------------------------------
SDL_AUDIODRIVER=disk SDL_DISKAUDIOFILEIN=$TMP/known.raw SDL_DISKAUDIOFILE=$TMP/out.raw LANG=zh_CN.UTF-8 \
    "$BUILD/callsim" exam --db "$DB" --paper "$PAPER" >>"$TMP/app2.log" 2>&1 &
APP=$!
find_window
sleep 0.5
sleep 1.5; typ "考官甲"; key Tab; typ "111111"; key Return; sleep 1.5   # the panel is remembered
key s; sleep 1; key Return
SHOT=recording; silent_call "您好，我是客服，有事您说"; SHOT=
key Return; sleep 1
CALL=$(q "select attempt_id from exam_calls where exam_attempt_id = 1")
check "the call is stored" test -n "$CALL"
REPLIES=$(q "select count(*) from turns where attempt_id = $CALL and kind = 'trainee_say'")
check "one recording per reply ($REPLIES replies)" test "$(q "select count(*) from voice_clips where attempt_id = $CALL")" = "$REPLIES"
check "each clip is keyed by its reply's turn" test "$(q "select count(*) from voice_clips v join turns t on t.attempt_id = v.attempt_id and t.seq = v.seq where v.attempt_id = $CALL and t.kind = 'trainee_say'")" = "$REPLIES"
check "compressed: under 6 KB a second (raw 32 KB)" test "$(q "select cast(sum(length(clip)) / sum(seconds) as integer) from voice_clips")" -lt 6000
"$BUILD/callsim" exam listen --db "$DB" --attempt 1 --out "$TMP/listen" >"$TMP/listen.out" 2>&1
check "exam listen writes every recording: $(tail -n 1 "$TMP/listen.out")" grep -q "^$REPLIES recording(s)" "$TMP/listen.out"
check "the recordings are the known tone, not silence" sh -c "! grep -q '(silent)' '$TMP/listen.out' && grep -q ' -1[0-9] dBFS\| -[0-9] dBFS' '$TMP/listen.out'"
check "the files are Ogg" sh -c "head -c 4 $TMP/listen/q1-a$CALL-seq2.opus | grep -q OggS"
check "the first reply's clip lasts from the answer to its Enter" test "$(q "select seconds > 1.0 and seconds < 8 from voice_clips where attempt_id = $CALL order by seq limit 1")" = 1
key F5; sleep 1                                   # the recordings beside the transcript, while scoring
shot listen
BEFORE=$(stat -c %s "$TMP/out.raw")
key Down; key p; sleep 3
check "the scoring screen plays a recording to the panel" python3 - "$TMP/out.raw" "$BEFORE" <<'PY'
import math, struct, sys
data = open(sys.argv[1], "rb").read()[int(sys.argv[2]) // 2 * 2:]
s = struct.unpack("<%dh" % (len(data) // 2), data[: len(data) // 2 * 2])
sys.exit(0 if math.sqrt(sum(x * x for x in s) / max(1, len(s))) > 1000 else 1)
PY
key Escape; sleep 0.5
scores 111111; scores 222222; scores 333333
key r; sleep 1
shot review_voice
BEFORE=$(stat -c %s "$TMP/out.raw")
key p; sleep 3
check "played back to the panel: the window's output carries the recording" python3 - "$TMP/out.raw" "$BEFORE" <<'PY'
import math, struct, sys
data = open(sys.argv[1], "rb").read()[int(sys.argv[2]) // 2 * 2:]
s = struct.unpack("<%dh" % (len(data) // 2), data[: len(data) // 2 * 2])
rms = math.sqrt(sum(x * x for x in s) / max(1, len(s)))
sys.exit(0 if rms > 1000 else 1)
PY
key c; sleep 0.3; typ 111111; key Return; sleep 1.5
key o; sleep 0.3; typ 222222; key Return; sleep 1.5
key o; sleep 0.3; typ 333333; key Return; sleep 1.5
key Escape; sleep 1
key s; sleep 0.3; typ 111111; key Return; sleep 1
shot signed
check "signed" test "$(q 'select count(*) from results where signed_at is not null')" = 1
check "the signed record holds each clip's hash" test "$(q "select count(*) from ledger where kind = 'sign' and body like '%clip.0.clip_sha256=%'")" = 1
check "verify: clean with the recordings" "$BUILD/callsim" verify --db "$DB" --test-keys
key Return; sleep 0.3; key Escape
wait_exit 20 0.25 || stop_app 2   # a window left on another screen after a failed step must not hang the suite
wait "$APP" 2>/dev/null; APP=
"$BUILD/callsim" merge "$DB" --into "$TMP/merged.db" --test-keys >"$TMP/merge.out" 2>&1
check "merge carries the recordings: $(tail -n 1 "$TMP/merge.out")" test "$(sqlite3 "$TMP/merged.db" 'select count(*) from voice_clips')" = "$REPLIES"
check "the merged file verifies with them" "$BUILD/callsim" verify --db "$TMP/merged.db" --test-keys
cp "$DB" "$TMP/forged.db"
sqlite3 "$TMP/forged.db" "DROP TRIGGER voice_clips_final; UPDATE voice_clips SET clip = zeroblob(length(clip)) WHERE seq = (SELECT min(seq) FROM voice_clips)" 2>&1
"$BUILD/callsim" verify --db "$TMP/forged.db" --test-keys >"$TMP/verify.out" 2>&1
check "verify catches a recording changed after signing: $(head -n 1 "$TMP/verify.out")" sh -c "[ \$? = 0 ] && grep -q 'clip' '$TMP/verify.out' && ! '$BUILD/callsim' verify --db '$TMP/forged.db' --test-keys >/dev/null 2>&1"
finish
