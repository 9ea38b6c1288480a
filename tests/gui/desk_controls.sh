#!/bin/sh
# GUI test of the agent's desk under Xvfb (issue 14), driven with xdotool by keyboard and mouse
# against tests/gui/desk_controls.lua (a caller who answers each action out loud, and a scenario
# that declares its desk: four ticket fields, three required, the phone checked as a phone number;
# a system pane of three entries revealed always, after a hold, and by call.reveal; its own
# transfer and escalation targets).
#   the form:   docked on the right and visible from the start (no pop-up), the four declared
#               fields fixed for the whole call; Ctrl+T puts the keyboard in it, Tab walks it, a bad
#               phone number is refused on screen and not stored, Ctrl+Enter submits, a click on a
#               field focuses it
#   the system: the hold reveals 区域故障查询, the ticket reveals 工单进度 (call.reveal)
#   targets:    F11 / the 转接 button / Ctrl+E open a dialog of the scenario's targets; a number,
#               a click or ↓ Enter picks one; the number is not typed into the reply box
#   keys:       Esc mid-call asks before abandoning (Esc again goes on with the call); Ctrl+= and
#               R on the results do not leak "=" or "r" into the reply box; F1 chip click fills
#   size:       at 1024×600 the three columns, the reply box and the form all fit
# Screenshots go to $CALLSIM_SHOTS when set (to look at them).
# Usage: tests/gui/desk_controls.sh [BUILD_DIR]   Prints "N passed, N failed" last; skips when a
# tool is missing.
set -u
. "$(dirname "$0")/../lib/gui.sh"
need_tools Xvfb xdotool xdpyinfo import identify compare stream od sqlite3
GUI_STOP=0.5                 # a window hung on exit ignores SIGTERM (SDL turns it into a quit event): then -9
gui_start callsim_desk

# ---- looking at screenshots ------------------------------------------------------------------
ACCENT=22,119,255 PANEL=255,255,255 BORDER=200,206,214 BAD=215,55,55 GOOD=40,160,80
# runs FILE X Y0 H MIN "R,G,B R,G,B ...": "top bottom" of each vertical run (>= MIN px) of the
# pixels of column X, rows Y0..Y0+H-1, that have exactly one of the colours
runs() {
    stream -map rgb -storage-type char -extract "1x$4+$2+$3" "$1" - 2>/dev/null | od -An -v -tu1 -w3 |
    awk -v y0="$3" -v min="$5" -v cols="$6" '
        BEGIN { s = -1; y = y0 - 1; n = split(cols, c, " "); for (i = 1; i <= n; i++) want[c[i]] = 1 }
        { y++; m = (($1 "," $2 "," $3) in want)
          if (m && s < 0) s = y
          if (!m && s >= 0) { if (y - s >= min) print s, y - 1; s = -1 } }
        END { if (s >= 0 && y + 1 - s >= min) print s, y }'
}
nth() { echo "$1" | sed -n "$2p"; }           # nth line of a list of runs
mid() { echo "$1" | awk '{ print int(($1 + $2) / 2) }'; }
count() { echo "$1" | grep -c .; }

# ---- driving the window ----------------------------------------------------------------------
LANG=zh_CN.UTF-8 "$BUILD/callsim" play tests/gui/desk_controls.lua --lang zh --db "$DB" >"$TMP/app.log" 2>&1 &
APP=$!
find_window
need_window
click() { xdotool mousemove --sync "$1" "$2" click 1; sleep 0.15; xdotool mousemove 640 30; }

sleep 1.2
shot ringing
xdotool key F9                                # answer (keyboard)
sleep 1
# the standard phrases are chips above the reply box: the first (F1 开篇语) found on screen, clicked
shot answered
CHIPS=$(runs "$SHOTS/answered.png" 262 500 300 12 "$ACCENT")
check "phrase chips above the reply box (found: $(count "$CHIPS"))" test "$(count "$CHIPS")" -ge 2
click 300 "$(mid "$(nth "$CHIPS" 1)")"        # fills the 开篇语
xdotool key Return
sleep 2.2                                     # the caller's line
shot talking

# The left column: the action buttons in two columns; their outlines at x = 12 and 128
ROWS=$(runs "$SHOTS/talking.png" 12 56 744 20 "$ACCENT $BORDER")
check "four rows of action buttons (found: $(count "$ROWS"))" test "$(count "$ROWS")" -eq 4
HOLD_Y=$(mid "$(nth "$ROWS" 1)") TRANSFER_Y=$(mid "$(nth "$ROWS" 2)")
# The desk: the form's field boxes at x = 1054 (right column 380 wide at 1280), the submit button
# outlined at x = 910 below them
FIELDS=$(runs "$SHOTS/talking.png" 1054 56 400 15 "$ACCENT $BORDER")
check "the form is docked and shows its four fields before any key (found: $(count "$FIELDS"))" test "$(count "$FIELDS")" -eq 4
SUBMIT=$(runs "$SHOTS/talking.png" 910 56 400 15 "$ACCENT")
check "the submit button under the form" test "$(count "$SUBMIT")" -eq 1
[ -n "$SUBMIT" ] || finish
SYS_Y=$(( $(echo "$SUBMIT" | cut -d' ' -f2) + 30 ))
SYS="370x$((790 - SYS_Y))+905+$SYS_Y"

xdotool key F2; sleep 0.2; xdotool key Return # 等待前用语
sleep 0.6
xdotool key F10                               # hold (keyboard)
sleep 0.8
shot hold
click 183 "$HOLD_Y"                           # unhold (mouse)
sleep 0.8
xdotool key F3; sleep 0.2; xdotool key Return # 等待后用语
sleep 1

xdotool key ctrl+t                            # the keyboard into the form
sleep 0.3
xdotool type --delay 250 "张三"
xdotool key Tab
xdotool type --delay 60 "139123"              # too short for a phone number
xdotool key Tab
xdotool type --delay 250 "宽带断网"
xdotool key ctrl+Return                       # refused: the phone is wrong
sleep 0.6
shot ticket_bad
B2=$(nth "$FIELDS" 2)
click 1200 "$(mid "$B2")"                     # the phone field, by mouse
xdotool key End
xdotool type --delay 60 "45678"
xdotool key Tab Tab
xdotool type --delay 250 "已重启光猫"
sleep 0.3
shot ticket
xdotool key Return                            # submit
sleep 2.6                                     # the caller reads it back (and reveals 工单进度)
shot ticket_done

click 67 "$TRANSFER_Y"                        # transfer (mouse): the dialog of targets
sleep 0.5
shot dialog
DROWS=$(runs "$SHOTS/dialog.png" 398 56 744 20 "$ACCENT")
check "the transfer dialog lists the scenario's two targets (found: $(count "$DROWS"))" test "$(count "$DROWS")" -eq 2
[ "$(count "$DROWS")" -eq 2 ] && click 600 "$(mid "$(nth "$DROWS" 2)")"   # 二线, by mouse
sleep 2
xdotool key F11                               # transfer (keyboard): the first target by its number
sleep 0.4
xdotool key 1
sleep 2
xdotool key ctrl+e                            # escalate: ↓ Enter picks the second, 值班长
sleep 0.4
xdotool key Down Return
sleep 2
xdotool key ctrl+e Escape                     # a dialog cancelled sends nothing
sleep 0.5
xdotool key ctrl+equal ctrl+0                 # zoom in and back: no "=" typed
sleep 0.5
xdotool key Escape                            # mid-call: asks before abandoning
sleep 0.5
shot confirm
xdotool key Escape                            # go on with the call
sleep 0.5
shot after_confirm
xdotool windowsize "$WIN" 1024 600
sleep 1.2
shot small
xdotool windowsize "$WIN" 1280 800
sleep 1
xdotool type --delay 120 "再见"
sleep 0.2
xdotool key F8                                # 结束语 replaces what was typed
sleep 0.2
xdotool key Return
sleep 1.2                                     # 再见。
xdotool key F12                               # hang up (keyboard)
sleep 2.5                                     # the results replace the call after 1.5 s
shot results
xdotool key r                                 # try again: a new call, its reply box empty
sleep 1
shot retry
xdotool key Escape                            # ringing: asks before abandoning
sleep 0.4
xdotool key 1                                 # 放弃通话: `callsim play` closes
close_window_checked "" 1

# ---- what the screenshots show -----------------------------------------------------------------
for s in talking hold ticket_bad ticket ticket_done dialog confirm after_confirm small results retry; do
    check "$s: screenshot taken" test -s "$SHOTS/$s.png"
done
T=$SHOTS/talking.png H=$SHOTS/hold.png
check "the system pane shows more after the hold (区域故障查询 revealed)" test "$(diffpx "$T" "$H" "$SYS")" -gt 150
check "the system pane shows more after the ticket (工单进度 revealed by call.reveal)" \
    test "$(diffpx "$H" "$SHOTS/ticket_done.png" "$SYS")" -gt 150
check "a wrong phone number is refused in red under the form" \
    test "$(npx "$SHOTS/ticket_bad.png" "360x24+905+$(( $(echo "$SUBMIT" | cut -d' ' -f2) + 2 ))" $BAD)" -ge 20
check "the form keeps its four fields all call long" test "$(count "$(runs "$SHOTS/ticket_done.png" 1054 56 400 15 "$ACCENT $BORDER")")" -eq 4
check "after submitting, a green line says so" \
    test "$(npx "$SHOTS/ticket_done.png" "360x24+905+$(( $(echo "$SUBMIT" | cut -d' ' -f2) + 2 ))" $GOOD)" -ge 20
CONF=$(runs "$SHOTS/confirm.png" 640 56 744 60 "$PANEL")
check "Esc mid-call: a dialog in the middle of the screen" test -n "$(runs "$SHOTS/confirm.png" 640 150 500 30 "$ACCENT")"
check "Esc again: the dialog gone, the call on" test "$(diffpx "$SHOTS/confirm.png" "$SHOTS/after_confirm.png" 500x300+390+250)" -gt 2000
# the reply box (outlined in the accent when focused) at the bottom of the middle column
REPLY=$(runs "$SHOTS/after_confirm.png" 262 600 200 30 "$ACCENT")
check "reply box found" test -n "$REPLY"
if [ -n "$REPLY" ]; then
    R0=$(echo "$REPLY" | cut -d' ' -f1) R1=$(echo "$REPLY" | cut -d' ' -f2)
    # empty, it shows its placeholder exactly as it did after the first reply was sent
    BOX="600x$((R1 - R0 - 6))+266+$((R0 + 3))"
    check "no '=' from Ctrl+= and no '1' from the dialog in the reply box" \
        test "$(diffpx "$SHOTS/talking.png" "$SHOTS/after_confirm.png" "$BOX")" -le 20
    check "retry: the new call's reply box holds no 'r' from R" \
        test "$(diffpx "$SHOTS/talking.png" "$SHOTS/retry.png" "$BOX")" -le 20
fi
S=$SHOTS/small.png
check "1024×600: the size taken" test "$(identify -format %w "$S")" -ge 1024
# at 1024 the columns are 210 and 320 wide: the reply box starts at x = 222, the fields at 834
check "1024×600: the reply box inside the window" test -n "$(runs "$S" 222 400 200 30 "$ACCENT $BORDER")"
check "1024×600: the form's four fields inside the window" test "$(count "$(runs "$S" 834 56 400 15 "$ACCENT $BORDER")")" -eq 4
check "1024×600: four rows of buttons inside the window" test "$(count "$(runs "$S" 12 56 544 20 "$ACCENT $BORDER")")" -eq 4
check "results: accent top bar" near "$(mean "$SHOTS/results.png" 1280x40+0+8)" "$ACCENT" 40

# ---- the database --------------------------------------------------------------------------------
check "database exists" test -s "$DB"
check "two attempts stored (the call, and the retry abandoned)" test "$(q 'select count(*) from attempts')" = 2
check "first attempt: practice, completed, passed with 100 (got $(q 'select mode, status, passed, score from attempts order by id limit 1'))" \
    test "$(q 'select mode, status, passed, score from attempts order by id limit 1')" = "practice|completed|1|100.0"
check "the retry abandoned: stored as interrupted" test "$(q 'select status from attempts order by id desc limit 1')" = interrupted
A1="attempt_id = (select min(id) from attempts)"
ACTIONS=$(q "select group_concat(kind || ifnull(':' || arg, ''), ',') from (select kind, arg from turns
             where $A1 and kind in ('answer','hold','unhold','transfer','escalate','hangup') order by seq)")
check "actions in order with the targets picked (got: $ACTIONS)" \
    test "$ACTIONS" = "answer,hold,unhold,transfer:二线,transfer:技术支持,escalate:值班长,hangup"
check "one ticket stored (the refused one never reached the call)" test "$(q "select count(*) from turns where $A1 and kind = 'ticket'")" = 1
check "ticket fields exactly as typed (got: $(q "select replace(arg, char(10), ' | ') from turns where kind = 'ticket'"))" \
    test "$(q "select arg = 'name=张三' || char(10) || 'phone=13912345678' || char(10) || 'issue=宽带断网'
              || char(10) || 'note=已重启光猫' from turns where kind = 'ticket'")" = 1
check "the script saw the fields: the caller read them back" \
    test "$(q "select count(*) from turns where who = 'caller' and text = '记下了：张三，13912345678，宽带断网'")" = 1
check "nothing typed by a command key was sent as a reply" \
    test "$(q "select count(*) from turns where kind = 'trainee_say' and (text like '%=%' or text = '1' or text like 'r%')")" = 0
check "the F8 phrase replaced what was typed" test "$(q "select count(*) from turns where kind = 'trainee_say' and text like '%再见%' and text not like '再见%'")" -ge 1
check "rubric: hold etiquette, unhold, ticket, transfer, escalate at full marks" \
    test "$(q "select group_concat(item_id || '=' || points, ',') from (select item_id, points from rubric_items
              where item_id in ('hold','unhold','ticket','transfer','escalate') order by ord)")" \
         = "hold=15.0,unhold=10.0,ticket=20.0,transfer=10.0,escalate=10.0"
check "the turn chain verifies" "$BUILD/callsim" verify --db "$DB" >/dev/null 2>&1
finish
