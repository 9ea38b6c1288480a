# Sourced by the GUI tests (POSIX sh), first thing after `set -u`:
#     . "$(dirname "$0")/../lib/gui.sh"
# what every tests/gui/*.sh has in common, so a test keeps only what is its own. Sourcing sets BUILD
# (the test's first argument, default build), ROOT (the checkout, made the working directory) and
# the counters; the rest are functions:
#   ok, bad DESC, check DESC COMMAND...   count a check (bad prints "NAME.sh: FAIL: DESC" on stderr)
#   finish                 the closing line "N passed, N failed"; exits 0 when nothing failed, else 1
#                          after on_failure (the window's log on stderr; a test may define its own)
#   need_tools TOOL...     skips the test ("0 passed, 0 failed", exit 0) when a tool is missing
#   gui_skip REASON        the same, saying REASON
#   gui_start PREFIX       scratch dir TMP (/tmp/PREFIX.XXXXXX), SHOTS ($CALLSIM_SHOTS or TMP),
#                          DB ($TMP/x.db), Xvfb on a display of its own (tests/lib/xvfb.sh), DISPLAY and
#                          SDL_AUDIODRIVER=dummy exported, everything stopped and removed on exit
#   find_window [OPTION...] waits up to 10 s for the window named callsim (xdotool search options,
#                          e.g. --sync, go first), sets WIN and focuses it; WIN is empty when none came
#   focus_window WIN, need_window, wait_exit TRIES STEP, stop_app [GRACE|now], close_window,
#   close_window_checked PREFIX [GRACE], shot NAME, q SQL
#   pixels: mean, ncol, npx, share, share_pm, near, diffpx
#   the examiner's window: exam_gui_start PREFIX [TOOL...] (the exam tests' common start), typ, key,
#                          say, first_examiner, add_examiner, exam_panel, add_candidate, scores,
#                          silent_call
# Settings a test may make after sourcing: GUI_TEST (the skip message's "GUI test"), GUI_STOP (how
# the clean-up stops a window still running: unset SIGTERM, "now" kill -9, or seconds of grace before
# kill -9 for a window that may hang on exit), GUI_KEEP_LOGS=1 (copy TMP/*.log to $CALLSIM_SHOTS).
# A test may also define gui_cleanup_extra (more to stop on exit) and on_failure.

BUILD=${1:-build}                         # $0 and $1 are the test script's own
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT" || exit 2
GUI_NAME=${0##*/}
PASS=0 FAIL=0
APP= WIN=

ok() { PASS=$((PASS + 1)); }
# wait_until SECONDS COMMAND...: polls COMMAND every 0.1 s until it succeeds (0) or SECONDS pass (1):
# waiting on the event itself (a turn stored, a file written), not a fixed sleep that a loaded
# machine (tests run in parallel) can outlast.
wait_until() {
    _w_tries=$(awk -v s="$1" 'BEGIN { printf "%d", s * 10 }'); shift
    while [ "$_w_tries" -gt 0 ]; do
        "$@" && return 0
        sleep 0.1
        _w_tries=$((_w_tries - 1))
    done
    return 1
}
bad() { FAIL=$((FAIL + 1)); echo "$GUI_NAME: FAIL: $*" >&2; }
check() { desc=$1; shift; if "$@"; then ok; else bad "$desc"; fi; }
on_failure() { [ -f "$TMP/app.log" ] && { echo "--- app log" >&2; cat "$TMP/app.log" >&2; }; }
finish() {
    if [ "$FAIL" -gt 0 ]; then on_failure; fi
    echo "$PASS passed, $FAIL failed"
    [ "$FAIL" -eq 0 ]
    exit
}

gui_skip() { echo "$GUI_NAME: $*"; echo "0 passed, 0 failed"; exit 0; }
need_tools() {
    for _t in "$@"; do
        command -v "$_t" >/dev/null 2>&1 || gui_skip "$_t not installed; ${GUI_TEST:-GUI test} skipped"
    done
}

# ---- the display and the clean-up ------------------------------------------------------------------
gui_start() { # PREFIX
    TMP=$(mktemp -d "/tmp/$1.XXXXXX")
    SHOTS=${CALLSIM_SHOTS:-$TMP}
    mkdir -p "$SHOTS"
    DB=$TMP/x.db
    . "$ROOT/tests/lib/xvfb.sh"
    start_xvfb "$TMP/xvfb.log"
    trap gui_cleanup EXIT INT TERM
    for _i in $(seq 1 20); do xdpyinfo -display "$DISP" >/dev/null 2>&1 && break; sleep 0.3; done
    export DISPLAY="$DISP" SDL_AUDIODRIVER=dummy
}
gui_cleanup_extra() { :; }
gui_cleanup() {
    stop_app "${GUI_STOP:-}"
    gui_cleanup_extra
    kill "$XPID" 2>/dev/null
    wait 2>/dev/null
    if [ -n "${GUI_KEEP_LOGS:-}" ] && [ "$SHOTS" != "$TMP" ]; then cp "$TMP"/*.log "$SHOTS"/ 2>/dev/null; fi
    rm -rf "$TMP"
}

# ---- the window (APP: the pid of the callsim a test started in the background) ----------------------
focus_window() { xdotool windowactivate --sync "$1" 2>/dev/null; xdotool windowfocus --sync "$1" 2>/dev/null; }
find_window() { # [xdotool search option...]
    WIN=
    for _i in $(seq 1 40); do
        WIN=$(xdotool search "$@" --onlyvisible --name callsim 2>/dev/null | head -n 1)
        [ -n "$WIN" ] && break
        sleep 0.25
    done
    if [ -n "$WIN" ]; then focus_window "$WIN"; fi
}
need_window() { # the check "window opened"; without a window the test ends here
    check "window opened" test -n "$WIN"
    [ -n "$WIN" ] || finish
}
wait_exit() { # TRIES STEP: waits up to TRIES x STEP s for APP to exit; true when it has
    _i=0
    while [ "$_i" -lt "$1" ]; do kill -0 "$APP" 2>/dev/null || return 0; sleep "$2"; _i=$((_i + 1)); done
    ! kill -0 "$APP" 2>/dev/null
}
# stop_app [GRACE]: stops APP if set: SIGTERM; with GRACE seconds, kill -9 that much later too (SDL
# turns SIGTERM into a quit event, which a window hung on exit never reads); GRACE "now": kill -9 at once
stop_app() {
    [ -n "$APP" ] || return 0
    case ${1:-} in
        '') kill "$APP" 2>/dev/null ;;
        now) kill -9 "$APP" 2>/dev/null ;;
        *) kill "$APP" 2>/dev/null; sleep "$1"; kill -9 "$APP" 2>/dev/null ;;
    esac
}
close_window() { # after the key that closes it: up to 4 s to exit by itself, else it is stopped
    wait_exit 40 0.1 || stop_app
    wait "$APP" 2>/dev/null
    APP=
}
# close_window_checked PREFIX [GRACE]: the same, but still running 4 s after Esc is a failure ("PREFIXwindow
# still open 4 s after Esc"; stopped by stop_app GRACE), and so is an exit code but 0 ("PREFIXexit code 0")
close_window_checked() {
    wait_exit 40 0.1 || { bad "${1}window still open 4 s after Esc"; stop_app "${2:-}"; }
    wait "$APP" 2>/dev/null; _rc=$?
    APP=
    check "${1}exit code 0 (was $_rc)" test "$_rc" -eq 0
}
shot() { import -window root "$SHOTS/$1.png"; }
q() { sqlite3 "$DB" "$1" 2>/dev/null; }

# ---- looking at screenshots: regions are WxH+X+Y, colours R,G,B (0-255) ----------------------------------
# identify/compare only: one call each, no convert pipeline (convert is slow here)
# mean colour of a region as "R,G,B"
mean() { identify -format '%[fx:int(255*mean.r+.5)],%[fx:int(255*mean.g+.5)],%[fx:int(255*mean.b+.5)]' "$1[$2]" 2>/dev/null; }
# distinct colours in a region: text is anti-aliased, so a region holding text has many
ncol() { identify -format %k "$1[$2]" 2>/dev/null || echo 0; }
# pixels of a region within 2.5 % of the colour / their share of the region (0-100)
npx() {
    wh=${2%%+*}
    ae=$(compare -metric AE -fuzz 2.5% "$1[$2]" -size "$wh" "xc:rgb($3)" null: 2>&1 | sed 's/[^0-9].*//')
    echo $(( ${wh%x*} * ${wh#*x} - ${ae:-999999999} ))
}
share() { wh=${2%%+*}; echo $(( (100 * $(npx "$@") + ${wh%x*} * ${wh#*x} / 2) / (${wh%x*} * ${wh#*x}) )); }
# the same in per mille (0-1000, rounded down), with convert
share_pm() { convert "$1" -crop "$2" +repage -fill black -fuzz 2.5% +opaque "rgb($3)" -fill white -opaque "rgb($3)" \
             -colorspace gray -format '%[fx:1000*mean]' info: 2>/dev/null | cut -d. -f1; }
near() { # "R,G,B" "R,G,B" tolerance: no channel further apart than that
    echo "$1 $2 $3" | awk '{ split($1, a, ","); split($2, b, ",");
        d = 0; for (i = 1; i <= 3; i++) { x = a[i] - b[i]; if (x < 0) x = -x; if (x > d) d = x }
        exit !(d <= $3) }'
}
# pixels that differ between the same region of two images
diffpx() { compare -metric AE -fuzz 5% "$1[$3]" "$2[$3]" null: 2>&1 | sed 's/[^0-9].*//'; }

# ---- the examiner's window (tests/gui/exam*.sh, one_window.sh) ---------------------------------------
# exam_gui_start PREFIX [TOOL...]: what the exam tests share before their own steps: the tools (and
# TOOL...), GUI_STOP=now and GUI_KEEP_LOGS=1, gui_start PREFIX, DB=$TMP/exam.db; examiners' keys are
# sealed at the test cost (CALLSIM_TEST_KDF=1, so `callsim verify` needs --test-keys).
exam_gui_start() {
    _prefix=$1; shift
    export CALLSIM_TEST_KDF=1
    need_tools Xvfb xdotool import convert sqlite3 xdpyinfo "$@"
    GUI_STOP=now GUI_KEEP_LOGS=1
    gui_start "$_prefix"
    DB=$TMP/exam.db
}
# typing and keys at a pace the window keeps up with under load
typ() { xdotool type --delay 120 "$1"; }
key() { xdotool key "$@"; sleep 0.3; }
say() { typ "$1"; sleep 0.3; xdotool key Return; }
# the desk's forms are filled field by field with Tab, Enter submits (Argon2id at the test cost: instant)
first_examiner() { typ "$1"; key Tab; typ "$2"; key Tab; typ "$2"; key Return; sleep 1; }  # NAME PIN: first run
add_examiner() { key a; typ "$1"; key Tab; typ "$2"; key Return; sleep 1; }                 # NAME PIN
# the panel of three the exam tests sit, on the desk's first run: 考官甲 creates it, 考官乙 and 考官丙 join
exam_panel() { first_examiner "考官甲" 111111; add_examiner "考官乙" 222222; add_examiner "考官丙" 333333; }
add_candidate() { key n; typ "$1"; key Tab; typ "$2"; key Return; sleep 0.8; }              # NO NAME
scores() { for v in 90 85 88 80; do typ $v; key Tab; done; typ 82; key Tab; typ "$1"; key Return; sleep 1; }  # PIN
# silent_call OPENING: the silent_line call (tests/fixtures/short.paper) as a candidate plays it,
# opening with OPENING; SHOT, when set, names a screenshot taken after the opening
silent_call() {
    sleep 1.5; key F9; sleep 1
    say "$1"; sleep 3
    if [ -n "${SHOT:-}" ]; then shot "$SHOT"; fi
    say "您好，请讲"; sleep 3.5
    say "您好，请讲"; sleep 3.5
    say "听不见您的声音，无法为您服务，再见"; sleep 1
    key F12; sleep 3
}
