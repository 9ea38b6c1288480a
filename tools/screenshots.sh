#!/bin/sh
# Retakes the README's pictures of the desk and the debrief (docs/desk.png, docs/desk-1024.png,
# docs/debrief.png) from a real call of scenarios/angry_caller.lua under Xvfb, driven with xdotool
# as a trainee would: answer, the 开篇语, the 2.12 chip, the 等待前用语 and a hold (which reveals the
# 故障查询 lookup in the system pane), the 等待后用语, a note in the docked work order; the desk is
# shot at 1280×800 and at 1024×600. Then a made-up answer, 我也不清楚 and a made-up goodbye, hang up: the
# debrief shows the deductions pinned under the replies that caused them.
# LOOK at each PNG before committing it (the script checks only that each was taken, its size).
# Usage: tools/screenshots.sh [BUILD_DIR] [OUT_DIR]   (default: build, docs)
set -u
HERE=$(cd "$(dirname "$0")/.." && pwd)
OUT=$(mkdir -p "${2:-$HERE/docs}" && cd "${2:-$HERE/docs}" && pwd)
. "$HERE/tests/lib/gui.sh"   # it takes the checkout from $0 as tests/gui/X.sh does: ours is one up
ROOT=$HERE
cd "$ROOT" || exit 2
need_tools Xvfb xdotool xdpyinfo import identify
GUI_STOP=0.5
gui_start callsim_shots

LANG=zh_CN.UTF-8 "$BUILD/callsim" play scenarios/angry_caller.lua --lang zh --db "$DB" --seed 1 >"$TMP/app.log" 2>&1 &
APP=$!
find_window
need_window
xdotool windowsize "$WIN" 1280 800
win_shot() { sleep 0.6; import -window "$WIN" "$OUT/$1.png"; check "$1.png taken at $2" test "$(identify -format %wx%h "$OUT/$1.png")" = "$2"; }
chip() { xdotool key "$1"; sleep 0.3; xdotool key Return; }

sleep 1.5
xdotool key F9                                          # answer
sleep 1
chip F1                                                 # 开篇语 (the chip, as said to this caller)
sleep 10                                                # the rant
chip F4                                                 # 2.12 安抚
sleep 9                                                 # account and estate
chip F2                                                 # 等待前用语
sleep 3
xdotool key F10                                         # hold: the 故障查询 lookup appears
sleep 4
xdotool key F10                                         # back to the caller
sleep 0.8
xdotool key ctrl+t                                      # the docked work order
sleep 0.4
xdotool type --delay 60 "杨先生"; xdotool key Tab        # what the caller said (seed 1: 杨)
xdotool type --delay 60 "13985012345"; xdotool key Tab
xdotool type --delay 60 "宽带昨晚起断网，光缆挖断"
sleep 0.4
xdotool key Escape                                      # back to the reply box
sleep 0.4
xdotool type --delay 60 "感谢您的耐心等待，"              # typing the answer, not sent yet
win_shot desk 1280x800
xdotool windowsize "$WIN" 1024 600
win_shot desk-1024 1024x600
xdotool windowsize "$WIN" 1280 800
sleep 0.8
xdotool type --delay 60 "师傅会尽快处理的"                # made up: not what the lookup says
xdotool key Return
sleep 8
xdotool type --delay 60 "这个我也不清楚"                  # 禁忌语: pinned under this reply
xdotool key Return
sleep 7
xdotool type --delay 60 "好的好的"                        # not the 结束语
xdotool key Return
sleep 4
xdotool key F12                                         # hang up
sleep 3
win_shot debrief 1280x800
xdotool key Escape
close_window
finish
