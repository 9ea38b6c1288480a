#!/bin/sh
# GUI test of the call-desk controls under Xvfb: hold and unhold, the ticket form (opened, filled by
# typing, submitted), transfer, escalate and hang-up, driven with xdotool both by their keyboard
# shortcuts and by mouse clicks on the on-screen buttons, against tests/gui/desk_controls.lua (a
# caller who answers each action out loud, so what reached the script is visible in the store).
#   keyboard: F9 answer, F10 hold, Ctrl+T ticket (Tab between fields, Enter submits), F11 transfer
#             (empty reply box: the default target), Ctrl+E escalate (to what the reply box holds),
#             F12 hang up
#   mouse:    the Unhold button, the Transfer button (to what the reply box holds), the Escalate
#             button (the default target)
# The buttons are found on a screenshot (the accent outlines down the left panel), not hard-coded.
# Checks: screenshots on hold (the hold button lit, 保持中 in the status line, back after unhold),
# with the ticket form open (empty, then each typed value in its own box), the results screen
# (verdict, the hold on the timeline); the database holds the attempt, every action in order with
# its target, the ticket's fields exactly as typed, the caller's read-back of them, the rubric.
# Screenshots go to $CALLSIM_SHOTS when set (to look at them).
# Usage: tests/gui/desk_controls.sh [BUILD_DIR]   Prints "N passed, N failed" last; skips when a
# tool is missing.
set -u
. "$(dirname "$0")/../lib/gui.sh"
need_tools Xvfb xdotool xdpyinfo import identify compare stream od sqlite3
GUI_STOP=0.5                 # a window hung on exit ignores SIGTERM (SDL turns it into a quit event): then -9
gui_start callsim_desk

# ---- looking at screenshots ------------------------------------------------------------------
# identify/compare/stream only (mean, ncol, npx, share, near, diffpx: tests/lib/gui.sh): one call each,
# no convert pipeline, so the checks take seconds.
ACCENT=22,119,255 PANEL=255,255,255 WARN=255,244,206 GOOD=40,160,80 BORDER=200,206,214
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
height() { echo "$1" | awk '{ print $2 - $1 + 1 }'; }

# ---- driving the window ----------------------------------------------------------------------
LANG=zh_CN.UTF-8 "$BUILD/callsim" play tests/gui/desk_controls.lua --lang zh --db "$DB" >"$TMP/app.log" 2>&1 &
APP=$!
find_window
need_window
click() { xdotool mousemove --sync "$1" "$2" click 1; sleep 0.1; xdotool mousemove 1270 790; }
say_phrase() { xdotool key "$1"; sleep 0.2; xdotool key Return; }   # F1..F8 fill, Enter sends

sleep 1.2
xdotool key F9                                # answer (keyboard)
sleep 1
say_phrase F1                                 # 开篇语
sleep 2.2                                     # the caller's line
shot talking

# The action buttons: the enabled ones are outlined in the accent colour, the lit one filled with
# it; their right edge is x = 287 (left panel 300 wide, 12 px padding). Talking: 保持 转接 升级 工单
# 挂机 outlined, 字幕 lit (接听 is disabled, grey).
BTN=$(runs "$SHOTS/talking.png" 287 56 744 20 "$ACCENT")
check "six accent buttons found in the left panel (found: $(echo "$BTN" | grep -c .))" test "$(echo "$BTN" | grep -c .)" -eq 6
HOLD=$(nth "$BTN" 1) TRANSFER=$(nth "$BTN" 2) ESCALATE=$(nth "$BTN" 3) HANGUP=$(nth "$BTN" 5)
[ -n "$HANGUP" ] || finish
BH=$(height "$HOLD")
STRIDE=$(( $(echo "$TRANSFER" | cut -d' ' -f1) - $(echo "$HOLD" | cut -d' ' -f1) ))
HOLD_Y=$(echo "$HOLD" | cut -d' ' -f1)
HOLD_RECT="270x$((BH - 4))+15+$((HOLD_Y + 2))"
# the status line (通话中/保持中 · 响铃 N): screen_call.c draws it 18 px below the ring area, which
# is 80 px above the mood label, which is its line height + 30 px above the first button (接听, one
# stride above 保持): about 110 px above 接听; the region spans it with ±12 px to spare
STATUS_RECT="290x44+0+$((HOLD_Y - STRIDE - 122))"

say_phrase F2                                 # 等待前用语
sleep 0.6
xdotool key F10                               # hold (keyboard)
sleep 0.8
shot hold
click 150 "$(mid "$HOLD")"                    # unhold (mouse, the same button now reads 取消保持)
sleep 0.8
shot unhold
sleep 0.5                                     # 好的。
say_phrase F3                                 # 等待后用语
sleep 1

xdotool key ctrl+t                            # ticket form (keyboard)
sleep 0.5
shot ticket_empty
# Chinese goes through xdotool's keymap remapping, one character at a time: a window slowed by
# load (tests run in parallel) or ASan can miss a character typed faster than it reads the map
xdotool type --delay 250 "张三"
xdotool key Tab
xdotool type --delay 60 "13912345678"
xdotool key Tab
xdotool type --delay 250 "宽带断网"
xdotool key Tab
xdotool type --delay 250 "已重启光猫"
sleep 0.4
shot ticket
xdotool key Return                            # submit
sleep 2.6                                     # the caller reads the ticket back

xdotool type --delay 120 "技术支持"           # the target, typed in the reply box
sleep 0.2
click 150 "$(mid "$TRANSFER")"                # transfer (mouse) to 技术支持
sleep 2
xdotool key F11                               # transfer (keyboard), empty box: the default 二线
sleep 2
xdotool type --delay 120 "专项处理部"
sleep 0.2
xdotool key ctrl+e                            # escalate (keyboard) to 专项处理部
sleep 2
click 150 "$(mid "$ESCALATE")"                # escalate (mouse), empty box: the default 值班长
sleep 2
shot actions
say_phrase F8                                 # 结束语
sleep 1.2                                     # 再见。
xdotool key F12                               # hang up (keyboard)
sleep 2.5                                     # the results replace the call after 1.5 s
shot results
xdotool key Escape
close_window_checked "" 1                     # still open 4 s after Esc: a failure, then killed (-9 a second later)

# ---- what the screenshots show -----------------------------------------------------------------
for s in talking hold unhold ticket_empty ticket actions results; do
    check "$s: screenshot taken" test -s "$SHOTS/$s.png"
done
T=$SHOTS/talking.png H=$SHOTS/hold.png U=$SHOTS/unhold.png E=$SHOTS/ticket_empty.png F=$SHOTS/ticket.png
# on hold the hold button is lit (filled with the accent); before and after it is white
check "talking: hold button not lit" test "$(share "$T" "$HOLD_RECT" $ACCENT)" -le 15
check "hold: hold button lit" test "$(share "$H" "$HOLD_RECT" $ACCENT)" -ge 70
check "unhold: hold button no longer lit (mouse click reached it)" test "$(share "$U" "$HOLD_RECT" $ACCENT)" -le 15
# its label is now 取消保持 (white on the accent): x 64..89 is where 保持 alone ends and 取消保持 goes on
LABEL_TAIL="26x$((BH - 8))+64+$((HOLD_Y + 4))"
check "hold: the button reads 取消保持 (text past where 保持 ends)" test "$(ncol "$H" "$LABEL_TAIL")" -gt 3
check "talking: the button reads 保持 (nothing there)" test "$(ncol "$T" "$LABEL_TAIL")" -le 2
# the status line reads 保持中 on hold, 通话中 before and after
check "hold: status line changed" test "$(diffpx "$T" "$H" "$STATUS_RECT")" -gt 40
check "unhold: status line back as before" test "$(diffpx "$T" "$U" "$STATUS_RECT")" -le 5
check "talking: status line holds text" test "$(ncol "$T" "$STATUS_RECT")" -gt 5
# the ticket form: a white panel outlined in the accent, centred over the call (x 360..919)
FORM=$(runs "$E" 360 56 744 100 "$ACCENT")
check "ticket form: accent left edge at x=360 (found: $FORM)" test "$(echo "$FORM" | grep -c .)" -eq 1
check "no form on the call screen before Ctrl+T" test -z "$(runs "$H" 360 56 744 100 "$ACCENT")"
FORM_Y=$(echo "$FORM" | cut -d' ' -f1) FORM_H=$(height "$FORM")
if [ -n "$FORM_Y" ]; then
    check "ticket form: right edge at x=919 too" test "$(runs "$E" 919 "$FORM_Y" "$FORM_H" 100 "$ACCENT" | grep -c .)" -eq 1
    check "ticket form: panel white" near "$(mean "$E" "530x30+375+$((FORM_Y + 4))")" "$PANEL" 40
    check "ticket form: title and help text" test "$(ncol "$E" "300x50+365+$((FORM_Y + 4))")" -gt 10
    # its four fields (姓名 电话 问题 备注): boxes at x = 510, the focused one outlined in the accent
    BOXES=$(runs "$E" 510 "$FORM_Y" "$FORM_H" 25 "$ACCENT $BORDER")
    check "ticket form: four field boxes (found: $(echo "$BOXES" | grep -c .))" test "$(echo "$BOXES" | grep -c .)" -eq 4
    check "ticket form: the first field focused when opened" test "$(runs "$E" 510 "$FORM_Y" "$FORM_H" 25 "$ACCENT" | head -n 1)" = "$(nth "$BOXES" 1)"
    check "ticket form: the last field focused after three Tabs" test "$(runs "$F" 510 "$FORM_Y" "$FORM_H" 25 "$ACCENT" | head -n 1)" = "$(nth "$BOXES" 4)"
    for i in 1 2 3 4; do
        b=$(nth "$BOXES" $i)
        [ -n "$b" ] || continue
        r="380x$(($(height "$b") - 6))+514+$(($(echo "$b" | cut -d' ' -f1) + 3))"
        check "ticket form: field $i empty when opened" test "$(ncol "$E" "$r")" -le 4
        check "ticket form: field $i shows the typed text" test "$(ncol "$F" "$r")" -gt 10
        check "ticket form: field $i labelled" test "$(ncol "$E" "130x$(height "$b")+368+$(echo "$b" | cut -d' ' -f1)")" -gt 5
    done
fi
check "actions: the form is closed after Enter" test -z "$(runs "$SHOTS/actions.png" 360 56 744 100 "$ACCENT")"
# the results screen: the accent bar, a green verdict (passed), the hold on the timeline
R=$SHOTS/results.png
check "results: accent top bar" near "$(mean "$R" 1280x40+0+8)" "$ACCENT" 40
check "results: verdict in green (passed)" test "$(share "$R" 400x60+250+62 $GOOD)" -ge 1
check "results: the hold drawn on the timeline" test "$(npx "$R" 1248x160+16+140 $WARN)" -ge 150
check "results: rubric items listed" test "$(ncol "$R" 1248x300+16+320)" -gt 20
check "results: differs from the call screen" test "$(diffpx "$R" "$SHOTS/actions.png" 1280x800+0+0)" -gt 5000

# ---- the database --------------------------------------------------------------------------------
check "database exists" test -s "$DB"
check "one attempt stored" test "$(q 'select count(*) from attempts')" = 1
check "attempt: practice, completed, passed with 100" \
    test "$(q 'select mode, status, passed, score from attempts')" = "practice|completed|1|100.0"
check "attempt: the test scenario" test "$(q 'select scenario_id from attempts')" = gui_desk_controls
ACTIONS=$(q "select group_concat(kind || ifnull(':' || arg, ''), ',') from (select kind, arg from turns
             where kind in ('answer','hold','unhold','transfer','escalate','hangup') order by seq)")
check "actions in order with their targets (got: $ACTIONS)" \
    test "$ACTIONS" = "answer,hold,unhold,transfer:技术支持,transfer:二线,escalate:专项处理部,escalate:值班长,hangup"
check "hold stored after the 等待前用语" test "$(q "select count(*) from turns h join turns p on p.attempt_id = h.attempt_id
    and p.seq < h.seq where h.kind = 'hold' and p.kind = 'trainee_say' and p.text like '%请您稍等%'")" -ge 1
check "held between 0.5 and 10 s" test "$(q "select (select t_start_ms from turns where kind = 'unhold')
    - (select t_start_ms from turns where kind = 'hold') between 500 and 10000")" = 1
check "one ticket stored" test "$(q "select count(*) from turns where kind = 'ticket'")" = 1
check "ticket fields exactly as typed (got: $(q "select replace(arg, char(10), ' | ') from turns where kind = 'ticket'"))" \
    test "$(q "select arg = 'name=张三' || char(10) || 'phone=13912345678' || char(10) || 'issue=宽带断网'
              || char(10) || 'note=已重启光猫' from turns where kind = 'ticket'")" = 1
check "ticket: typing time recorded (first key before submit)" \
    test "$(q "select typing_start_ms < t_start_ms and typing_start_ms > 0 from turns where kind = 'ticket'")" = 1
check "the script saw the fields: the caller read them back" \
    test "$(q "select count(*) from turns where who = 'caller' and text = '记下了：张三，13912345678，宽带断网'")" = 1
check "the caller answered the transfers and escalations" \
    test "$(q "select count(*) from turns where who = 'caller' and text in ('转技术支持，好。', '转二线，好。',
              '找专项处理部，好。', '找值班长，好。')")" = 4
check "a target typed in the reply box is not sent as a reply" \
    test "$(q "select count(*) from turns where kind = 'trainee_say' and text in ('技术支持', '专项处理部')")" = 0
check "rubric: hold etiquette, unhold, ticket, transfer, escalate at full marks" \
    test "$(q "select group_concat(item_id || '=' || points, ',') from (select item_id, points from rubric_items
              where item_id in ('hold','unhold','ticket','transfer','escalate') order by ord)")" \
         = "hold=15.0,unhold=10.0,ticket=20.0,transfer=10.0,escalate=10.0"
check "rubric: the ticket's reason names the typed fields" \
    test "$(q "select reason from rubric_items where item_id = 'ticket'")" = "工单：张三/13912345678/宽带断网/已重启光猫"
check "the turn chain verifies" "$BUILD/callsim" verify --db "$DB" >/dev/null 2>&1
finish
